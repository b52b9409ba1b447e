"""A separate process on a restored copy, for tests/home/test_backups.py: the test settings with
DATABASE_URL (from the environment) and MEDIA_ROOT (the first argument) pointing at the copy.

    python -m tests.home.restored_site MEDIA_ROOT restore ARCHIVE [--force]
    python -m tests.home.restored_site MEDIA_ROOT get PATH...

`restore` runs `manage.py restore` and prints what it printed, or its error after "error: "
(exit status 1); `get` prints one JSON line per path: status, content type and SHA-256 of the
body.
"""

import hashlib
import io
import json
import os
import sys


def main(media_root, action, *arguments):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sheltercity.settings.test")
    import django
    from django.conf import settings

    settings.MEDIA_ROOT = media_root  # the test settings make a new temporary folder
    django.setup()
    from django.core.management import CommandError, call_command
    from django.test import Client

    if action == "restore":
        output = io.StringIO()
        try:
            call_command("restore", *arguments, stdout=output)
        except CommandError as error:
            print(f"error: {error}")
            return 1
        print(output.getvalue())
        return 0
    client = Client()
    for path in arguments:
        response = client.get(path)
        body = b"".join(response) if response.streaming else response.content
        response.close()
        print(
            json.dumps(
                {
                    "path": path,
                    "status": response.status_code,
                    "type": response.get("Content-Type"),
                    "sha256": hashlib.sha256(body).hexdigest(),
                    "body": body.decode()
                    if "text/html" in response.get("Content-Type", "")
                    else "",
                }
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
