-- Undo whatever the analysed statement changed.
ROLLBACK
