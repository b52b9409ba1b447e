"""Russian days of the month in the genitive ("23 декабря"), as Django's own DATE_FORMAT writes
them; its MONTH_DAY_FORMAT uses the nominative ("23 Декабрь"). Everything else is Django's."""

MONTH_DAY_FORMAT = "j E"
