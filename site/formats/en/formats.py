"""English dates as the programme writes them (European order: "10 December 2026"), instead of
Django's American default ("Dec. 10, 2026"). The other languages keep Django's own formats."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATE_FORMAT = "d/m/Y"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
