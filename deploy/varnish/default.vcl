vcl 4.1;
# The front cache: nginx (TLS, slow clients) -> Varnish (this file) -> gunicorn.
#
# What is cached: anonymous GET and HEAD of public pages, for as long as the response's own
# `Cache-Control: public, max-age=…` says (opencall/middleware.py; static files: WhiteNoise's).
# A response without `Cache-Control`, or with `private`, `no-store` or `no-cache`, or with a
# `Set-Cookie`, is never kept (document downloads send none: each is counted and may be
# private). Never cached: /admin/, previews (they are under /admin/), anything sent with the
# session cookie or `Authorization`, /healthz, `/` (its redirect follows the reader's
# Accept-Language and language cookie), and a call's application form.
#
# Purging: `PURGE <path>` from loopback (Wagtail's frontend cache, home/frontend_cache.py) drops
# the path with every query string (/en/library/ also drops /en/library/?topic=…) on that host;
# with `X-Purge-Scope: host` it drops everything cached for the host. Both are bans that only
# read the object (lurker-friendly), so they cost nothing on the request path.
#
# The backend (gunicorn's address and the health probe) is in backend.vcl, found on varnishd's
# `-p vcl_path=`: the repository's for production, one written by scripts/stack.py locally.

import std;

include "backend.vcl";

acl purge {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Pages are cached per host name without its port (bans name the host the same way).
    set req.http.X-Host = std.tolower(regsub(req.http.host, ":[0-9]+$", ""));
    # Stale copies are served while a fresh one is fetched: for seconds while gunicorn is
    # healthy, for hours (beresp.grace) while its probe fails.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method == "PURGE") {
        # Only from this machine, and never a request nginx relayed (it always sets
        # X-Forwarded-Proto; nginx refuses the method too).
        if (client.ip !~ purge || req.http.X-Forwarded-Proto) {
            return (synth(405, "Not allowed"));
        }
        if (req.http.X-Purge-Scope == "host") {
            ban("obj.http.X-Host == " + req.http.X-Host);
            return (synth(200, "Purged host"));
        }
        # The path, its regular expression characters escaped, with any query string.
        ban("obj.http.X-Host == " + req.http.X-Host + " && obj.http.X-Url ~ ^"
            + regsuball(regsub(req.url, "\?.*$", ""), "([][.+*?(){}|^$\\])", "\\\1")
            + "(\?|$)");
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|healthz)(/|\?|$)" || req.url ~ "^/?(\?|$)") {
        return (pass);
    }
    # A call's application form, `/<language>/<the call's path>/apply/` (applications/views.py;
    # the same pattern in deploy/nginx/sheltercity.conf and deploy/gunicorn.conf.py): `no-store`,
    # and it sets the CSRF cookie, so it would never be kept anyway. Passed with the reader's
    # cookies, so that Django keeps the CSRF cookie a reader already has: a form opened in
    # another tab stays valid.
    if (req.url ~ "^/[a-z]{2,3}(-[a-z0-9]+)?/[^?]+/apply/(\?|$)") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        # A signed-in editor (or a reader with a page privacy pass): always from Django, with
        # every cookie left as it is.
        return (pass);
    }
    # A public page needs no cookie from a reader: drop them all, so that they neither split the
    # cache (Vary: Cookie) nor reach Django.
    unset req.http.Cookie;

    # One stored (gzipped) copy per page: gzip when the browser takes it, plain otherwise.
    if (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    # Pages are per language by their path (/en/, /ar/...); nothing else varies with this.
    unset req.http.Accept-Language;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    # Each host has its own copies: a page differs by host (the site's own host sends
    # `Onion-Location`, the onion address does not; absolute links name the host).
    hash_data(req.http.host);
    # And by the scheme Django is told (absolute links): nginx always says https; tor's requests
    # for the onion address come straight here and say nothing, unless a client sends the
    # header itself, which then gets a copy of its own and changes no one else's.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_hit {
    set req.http.X-Cache = "HIT";
}

sub vcl_miss {
    set req.http.X-Cache = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache = "PASS";
}

sub vcl_backend_fetch {
    # No reader's address goes further than Varnish (nginx sends none either).
    unset bereq.http.X-Forwarded-For;
    unset bereq.http.X-Host;
}

sub vcl_backend_response {
    # Bans read these from the stored object (deleted again before delivery).
    set beresp.http.X-Url = bereq.url;
    set beresp.http.X-Host = std.tolower(regsub(bereq.http.host, ":[0-9]+$", ""));

    # While gunicorn answers 5xx (the database restarting), keep serving the stale copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }

    # Compress text (documents and images are sent as they are).
    if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~
        "^(text/|image/svg\+xml|application/(xml|json|rss\+xml|atom\+xml|javascript|manifest\+json))") {
        set beresp.do_gzip = true;
    }

    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what the application declares cacheable, for as long as it says (max-age); nothing
    # that sets a cookie, is private or varies on everything.
    if (!beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Set-Cookie
        || beresp.http.Vary == "*"
        || beresp.ttl <= 0s) {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Django's `Vary: Cookie` is met as it is: a cached request has no cookie left (vcl_recv).
    # Stale copies may be kept six hours for when gunicorn is down (req.grace decides).
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Url;
    unset resp.http.X-Host;
    unset resp.http.X-Varnish;
    unset resp.http.Via;
    set resp.http.X-Cache = req.http.X-Cache;  # HIT, MISS or PASS; Age is kept
}
