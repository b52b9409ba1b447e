# Where Varnish finds gunicorn, included by default.vcl. This file is the production one
# (gunicorn on 127.0.0.1:8000, deploy/gunicorn.conf.py); the local stack (scripts/stack.py)
# writes its own backend.vcl with its ports into its work folder and puts that folder first on
# varnishd's `-p vcl_path=`, so default.vcl itself is used unchanged everywhere.
#
# The probe asks /healthz (database and cache reachable) once a second with the site's host name
# and `X-Forwarded-Proto: https` (else production's SECURE_SSL_REDIRECT answers 301). While it
# fails, Varnish keeps serving the pages it holds for up to six hours (grace in default.vcl).

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
    .probe = {
        .request =
            "GET /healthz HTTP/1.1"
            "Host: sheltercity.example.org"
            "X-Forwarded-Proto: https"
            "Connection: close";
        .interval = 1s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
        .initial = 2;
    }
}
