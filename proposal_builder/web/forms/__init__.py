"""WTForms forms, one class per screen."""
