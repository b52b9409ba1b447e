from django.db import models


class LoginThrottle(models.Model):
    """Failed sign-ins for one username, and until when it is locked (accounts/throttle.py).

    Only what the lock needs: a keyed hash of the username as typed (never the text itself, so a
    password typed into the wrong field is not kept), a counter and two moments. No IP address,
    user agent or time of each attempt. A row is deleted once its lock has run out and nothing
    happened for `LOGIN_THROTTLE_FORGET_AFTER` (throttle.forget_expired)."""

    key = models.CharField(max_length=64, unique=True)
    failures = models.PositiveIntegerField(default=0)
    locked_until = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField()

    def __str__(self):
        return f"{self.key[:8]}…: {self.failures} failures"
