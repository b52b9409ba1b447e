from mirrors.mode import current


def mirror(request):
    """`mirror` in every template: the copy being made (mirrors.mode), or None."""
    return {"mirror": current()}
