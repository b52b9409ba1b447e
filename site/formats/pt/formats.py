"""Portuguese writes month names in lower case ("23 de dezembro de 2026"); Django's catalogue
capitalises them. The lower-case names are in this project's catalogue (locale/pt), which Django
reads before its own; they are marked here so that `make makemessages` keeps them. The other
languages' catalogues hold Django's own month names unchanged (copied from its catalogue), so
nothing changes there. Everything else is Django's."""

from django.utils.translation import gettext_noop

MONTH_NAMES = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
