import re

from django.db import connection
from django.test.utils import CaptureQueriesContext


def test_probe(client, db):
    for url in [
        "/fr/",
        "/fr/about/",
        "/fr/cities/",
        "/fr/cities/the-hague/",
        "/fr/calls/",
        "/fr/calls/current-call/",
        "/fr/calls/feed/rss/",
        "/fr/library/",
        "/fr/library/strong-passwords/",
        "/fr/search/?q=mot",
    ]:
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            r = client.get(url)
        print("\n=====", url, r.status_code, len(ctx.captured_queries))
        for q in ctx.captured_queries:
            sql = q["sql"]
            print(
                "  -",
                sql[:60],
                "|",
                re.sub(r'"wagtailcore_page"\."\w+", ', "", sql[sql.find(" FROM ") :])[:260],
            )
