"""Load `questions.yaml` into a validated Questionnaire.

Errors name the file, the line, the field path and the bad value, and all of
them are reported at once so a content editor can fix the file in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from scoring.bounds import MAX_DEPTH, MAX_DIGITS, has_surrogate, read_regular, shorten
from scoring.errors import QuestionnaireError
from scoring.model import REPLACES_OF, Questionnaire

MAX_BYTES = 1024 * 1024
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "questions.yaml"

# Only the tags plain YAML data needs; anything else (e.g. !!python/object) is
# refused before construction, so it is never executed.
_SAFE_TAGS = {"tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq")}
_INT_TAG = "tag:yaml.org,2002:int"

Path_ = tuple[str | int, ...]


def load_questionnaire(path: str | Path = DEFAULT_PATH) -> Questionnaire:
    path = Path(path)
    raw = _read(path)
    return parse_questionnaire(raw, name=str(path))


def parse_questionnaire(raw: bytes, name: str = "questions.yaml") -> Questionnaire:
    if len(raw) > MAX_BYTES:
        raise QuestionnaireError([f"{name}: the file is {len(raw)} bytes; the limit is 1 MiB."])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QuestionnaireError([f"{name}: not UTF-8 text (byte {exc.start})."]) from exc
    root = _compose(text, name)
    lines: dict[Path_, int] = {}
    problems = list(_check_nodes(root, (), lines, name, set()))
    if problems:
        raise QuestionnaireError(problems)
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise QuestionnaireError([f"{name}: the top level must be a mapping of fields."])
    problems = list(_duplicate_ids(data, lines, name))
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        problems += [
            _describe(err, lines, name, data)
            for err in errors
            if not (problems and err["loc"] == () and "duplicate id" in err["msg"])
            and not _follows_from_children(err, errors)
        ]
    if problems:
        raise QuestionnaireError(problems)
    return questionnaire


def _read(path: Path) -> bytes:
    def too_large(size: int) -> QuestionnaireError:
        return QuestionnaireError([f"{path}: the file is {size} bytes; the limit is 1 MiB."])

    try:
        # A FIFO or a device is refused unread, so `validate` never waits on one.
        return read_regular(path, MAX_BYTES, on_large=too_large)
    except OSError as exc:
        raise QuestionnaireError([f"{path}: cannot be read ({exc.strerror})."]) from exc


def _compose(text: str, name: str) -> yaml.Node:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError as exc:
        # PyYAML composes recursively; thousands of nested levels exhaust the stack first.
        raise QuestionnaireError([f"{name}: the YAML is nested more than {MAX_DEPTH} levels deep."]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(exc, "problem", None) or str(exc)
        raise QuestionnaireError([f"{where}: YAML syntax error: {problem}."]) from exc
    if node is None:
        raise QuestionnaireError([f"{name}: the file is empty."])
    return node


def _check_nodes(
    node: yaml.Node, path: Path_, lines: dict[Path_, int], name: str, seen_nodes: set[int]
) -> Iterator[str]:
    """Refuse unsafe tags, aliases, duplicate or complex keys, deep nesting and huge or broken
    scalars (before anything is constructed from them); record each path's line."""
    line = node.start_mark.line + 1
    lines[path] = line
    if len(path) > MAX_DEPTH:
        yield f"{name}:{line}: the YAML is nested more than {MAX_DEPTH} levels deep."
        return
    if id(node) in seen_nodes:
        # An alias: nested ones grow exponentially when expanded (a "billion laughs").
        yield f"{name}:{line}: {_dotted(path)}: YAML aliases (*name) are not allowed."
        return
    seen_nodes.add(id(node))
    if node.tag not in _SAFE_TAGS:
        yield f"{name}:{line}: {_dotted(path)}: the YAML tag {node.tag} is not allowed."
        return
    if isinstance(node, yaml.ScalarNode):
        yield from _check_scalar(node, path, name)
    elif isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                at, where = key_node.start_mark.line + 1, _dotted(path) or "(top level)"
                yield f"{name}:{at}: {where}: a key must be plain text, not a list or mapping."
                continue
            yield from _check_scalar(key_node, path, name)
            key = str(key_node.value)
            if key in seen:
                line = key_node.start_mark.line + 1
                yield f"{name}:{line}: {_dotted((*path, key))}: the key appears twice."
            seen.add(key)
            yield from _check_nodes(value_node, (*path, key), lines, name, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            yield from _check_nodes(child, (*path, index), lines, name, seen_nodes)


def _check_scalar(node: yaml.ScalarNode, path: Path_, name: str) -> Iterator[str]:
    line = node.start_mark.line + 1
    where = _dotted(path) or "(top level)"
    if has_surrogate(node.value):
        yield f"{name}:{line}: {where}: the text holds invalid Unicode (half of a surrogate pair)."
    elif node.tag == _INT_TAG and len(node.value.lstrip("+-").replace("_", "")) > MAX_DIGITS:
        number = shorten(node.value, 20)
        yield f"{name}:{line}: {where}: the number {number} has more than {MAX_DIGITS} digits."


def _duplicate_ids(data: dict[str, Any], lines: dict[Path_, int], name: str) -> Iterator[str]:
    seen: dict[str, str] = {}
    areas = data.get("areas")
    if not isinstance(areas, list):
        return
    for a, area in enumerate(areas):
        if not isinstance(area, dict):
            continue
        candidates: list[tuple[Path_, Any]] = [(("areas", a, "id"), area.get("id"))]
        items = area.get("items")
        if isinstance(items, list):
            candidates += [
                (("areas", a, "items", i, "id"), item.get("id"))
                for i, item in enumerate(items)
                if isinstance(item, dict)
            ]
        for path, value in candidates:
            if not isinstance(value, str):
                continue
            if value in seen:
                yield (
                    f"{name}:{_line(path, lines)}: {_dotted(path)}: duplicate id '{value}' "
                    f"(already used at {seen[value]})."
                )
            else:
                seen[value] = _dotted(path)


def _follows_from_children(err: Any, errors: list[Any]) -> bool:
    """A list reported too short only because all its entries failed adds nothing."""
    loc = tuple(err["loc"])
    return err["type"] == "too_short" and any(
        len(other["loc"]) > len(loc) and tuple(other["loc"][: len(loc)]) == loc for other in errors
    )


def _describe(err: Any, lines: dict[Path_, int], name: str, data: dict[str, Any]) -> str:
    path: Path_ = tuple(err["loc"])
    located = re.fullmatch(rf"Value error, {REPLACES_OF}'([^']+)': (.*)", err["msg"], re.S)
    if path == () and located:
        # A rule across the file, broken by one item: name that item's field and value.
        path = (*_item_path(data, located.group(1)), "replaces")
        value = _short(_get(data, path))
        return f"{name}:{_line(path, lines)}: {_dotted(path)}: {located.group(2)} (got {value})."
    where = f"{name}:{_line(path, lines)}"
    field = _dotted(path) or "(top level)"
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "missing":
        return f"{where}: {field}: this field is missing."
    if err["type"] == "extra_forbidden":
        return f"{where}: {field}: unknown field (got {_short(err['input'])})."
    if isinstance(err["input"], dict | list):
        # Rules over a whole list or mapping name the offending value themselves.
        return f"{where}: {field}: {message}."
    return f"{where}: {field}: {message} (got {_short(err['input'])})."


def _item_path(data: dict[str, Any], item_id: str) -> Path_:
    for a, area in enumerate(data.get("areas") or []):
        for i, item in enumerate(area.get("items") or [] if isinstance(area, dict) else []):
            if isinstance(item, dict) and item.get("id") == item_id:
                return ("areas", a, "items", i)
    return ()


def _get(data: Any, path: Path_) -> Any:
    for part in path:
        data = data[part]
    return data


def _line(path: Path_, lines: dict[Path_, int]) -> int:
    # A missing field has no line of its own: use its nearest existing parent.
    while path not in lines and path:
        path = path[:-1]
    return lines.get(path, 1)


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
