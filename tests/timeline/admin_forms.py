"""Posting an admin change form as the browser would: every field and inline as shown."""
from __future__ import annotations


def _value(value) -> str | list:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return str(value)


def admin_form_data(response) -> dict:
    """The POST data of the change form in `response` (the main form and its inlines)."""
    data: dict = {}
    form = response.context["adminform"].form
    for name in form.fields:
        value = _value(form[name].value())
        if value != "":
            data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        for name, field in formset.management_form.fields.items():
            data[formset.management_form.add_prefix(name)] = _value(
                formset.management_form[name].value()
            )
        for sub in formset.forms:
            for name in sub.fields:
                value = _value(sub[name].value())
                if value != "":
                    data[sub.add_prefix(name)] = value
    return data
