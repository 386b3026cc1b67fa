"""Type information for the Python view-models, so qmllint knows KioskModel, Session, Results, …

Usage: python tools/qmltypes.py [OUT_DIR]   (default build/qml; `make qmllint` calls it)

Writes OUT_DIR/Pitstop/ViewModels/{qmldir, viewmodels.qmltypes, viewmodels_metatypes.json}; pass
OUT_DIR to qmllint with -I. Nothing here is committed: it takes about a second, so every lint run
regenerates it and it can never be stale.

The chain is the one pyside6-project uses (moc-style metatypes JSON -> pyside6-qmltyperegistrar
-> .qmltypes), but the JSON is read from the live QMetaObject of each class rather than from
pyside6-metaobjectdump's reading of the source: in PySide6 6.11 that one crashes on
`Property("QVariantList", ...)`, drops `constant=True` (qmllint would then report every constant
property as a stale read) and names object properties `Session` instead of `Session*`.

The classes are those under ui/vm decorated with @QmlElement (or another @Qml… registration),
plus the Python base classes and the Python classes of QObject properties they need.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QMetaMethod, QMetaObject, QObject  # noqa: E402

VM_DIR = ROOT / "ui" / "vm"
# Class decorator -> the classInfos moc writes for the matching C++ macro.
DECORATORS = {
    "QmlElement": [("QML.Element", "auto")],
    "QmlAnonymous": [("QML.Element", "anonymous")],
    "QmlSingleton": [("QML.Singleton", "true")],
    "QmlUncreatable": [("QML.Creatable", "false")],
}


def registered_classes() -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(module, class, classInfos) of every @Qml…-decorated class in ui/vm, found without importing."""
    found = []
    for path in sorted(VM_DIR.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.ClassDef):
                continue
            infos: list[tuple[str, str]] = []
            for deco in node.decorator_list:
                call = deco.func if isinstance(deco, ast.Call) else deco
                name = call.attr if isinstance(call, ast.Attribute) else getattr(call, "id", "")
                if name == "QmlNamedElement" and isinstance(deco, ast.Call):
                    infos.append(("QML.Element", ast.literal_eval(deco.args[0])))
                elif name == "QmlUncreatable" and isinstance(deco, ast.Call) and deco.args:
                    infos += DECORATORS[name]
                    reason = ast.literal_eval(deco.args[0])
                    if reason:
                        infos.append(("QML.UncreatableReason", reason))
                else:
                    infos += DECORATORS.get(name, [])
            if infos:
                found.append((module, node.name, infos))
    return found


def _arguments(method: QMetaMethod) -> list[dict[str, str]]:
    args = []
    for name, typ in zip(method.parameterNames(), method.parameterTypes(), strict=True):
        arg = {"type": bytes(typ).decode()}
        if bytes(name):
            arg["name"] = bytes(name).decode()
        args.append(arg)
    return args


def describe(mo: QMetaObject, infos: list[tuple[str, str]]) -> dict:
    """The moc JSON of one class: only what it adds to its superclass, as moc writes it."""
    name = mo.className()
    data: dict = {
        "className": name,
        "qualifiedClassName": name,
        "object": True,
        "superClasses": [{"access": "public", "name": mo.superClass().className()}],
    }
    if infos:
        data["classInfos"] = [{"name": k, "value": v} for k, v in infos]
    props = []
    for i in range(mo.propertyOffset(), mo.propertyCount()):
        p = mo.property(i)
        prop = {
            "name": p.name(),
            "type": p.typeName(),
            "index": i - mo.propertyOffset(),
            "read": p.name(),
            "constant": p.isConstant(),
            "final": p.isFinal(),
            "required": False,
            "designable": True,
            "scriptable": True,
            "stored": True,
            "user": False,
        }
        if p.isWritable():
            prop["write"] = "set" + p.name()[:1].upper() + p.name()[1:]
        if p.hasNotifySignal():
            prop["notify"] = bytes(p.notifySignal().name()).decode()
        props.append(prop)
    if props:
        data["properties"] = props
    kinds = {
        QMetaMethod.MethodType.Signal: "signals",
        QMetaMethod.MethodType.Slot: "slots",
        QMetaMethod.MethodType.Method: "methods",
    }
    for i in range(mo.methodOffset(), mo.methodCount()):
        m = mo.method(i)
        method = {
            "access": "public",
            "name": bytes(m.name()).decode(),
            "index": i - mo.methodOffset(),
            "returnType": m.typeName() or "void",
        }
        if args := _arguments(m):
            method["arguments"] = args
        data.setdefault(kinds[m.methodType()], []).append(method)
    enums = []
    for i in range(mo.enumeratorOffset(), mo.enumeratorCount()):
        e = mo.enumerator(i)
        enums.append(
            {
                "name": e.name(),
                "isClass": e.isScoped(),
                "isFlag": e.isFlag(),
                "values": [e.key(k) for k in range(e.keyCount())],
            }
        )
    if enums:
        data["enums"] = enums
    return data


def _ours(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, QObject) and cls.__module__.startswith("ui.")


def metatypes() -> list[dict]:
    """moc-style JSON of the registered classes and of the Python classes they lean on (their
    base classes, the classes of their object properties)."""
    registered = {}
    for module, name, infos in registered_classes():
        registered[getattr(importlib.import_module(module), name)] = infos
    ours = {  # C++ name -> class, of every QObject subclass in the modules now loaded from ui
        cls.staticMetaObject.className(): cls
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("ui.")
        for cls in vars(module).values()
        if _ours(cls)
    }
    done: dict[str, dict] = {}
    todo = list(registered)
    while todo:
        cls = todo.pop()
        mo = cls.staticMetaObject
        if mo.className() in done:
            continue
        done[mo.className()] = describe(mo, registered.get(cls, []))
        todo += [base for base in cls.__mro__[1:] if _ours(base)]
        for i in range(mo.propertyOffset(), mo.propertyCount()):
            if (typ := mo.property(i).typeName().rstrip("*")) in ours:
                todo.append(ours[typ])
    classes = sorted(done.values(), key=lambda c: c["className"])
    return [{"classes": classes, "outputRevision": 69, "inputFile": "ui/vm"}]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "build" / "qml")
    args = parser.parse_args()

    from ui.vm import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME

    module_dir = args.out.joinpath(*QML_IMPORT_NAME.split("."))
    module_dir.mkdir(parents=True, exist_ok=True)
    json_file = module_dir / "viewmodels_metatypes.json"
    qmltypes = module_dir / "viewmodels.qmltypes"
    json_file.write_text(json.dumps(metatypes(), indent=1) + "\n", encoding="utf-8")

    import PySide6

    meta_dir = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = [next(meta_dir.glob(f"qt6{m}_*metatypes.json")) for m in ("core", "qml")]
    registrar = Path(sys.executable).parent / "pyside6-qmltyperegistrar"
    with tempfile.TemporaryDirectory() as tmp:  # the C++ registration file is of no use here
        subprocess.run(
            [
                str(registrar),
                "--generate-qmltypes",
                str(qmltypes),
                "-o",
                str(Path(tmp) / "reg.cpp"),
                "--import-name",
                QML_IMPORT_NAME,
                "--major-version",
                str(QML_IMPORT_MAJOR_VERSION),
                "--minor-version",
                "0",
                "--foreign-types=" + ",".join(map(str, foreign)),
                str(json_file),
            ],
            check=True,
        )
    (module_dir / "qmldir").write_text(
        f"module {QML_IMPORT_NAME}\ntypeinfo {qmltypes.name}\n", encoding="utf-8"
    )
    print(qmltypes.relative_to(ROOT) if qmltypes.is_relative_to(ROOT) else qmltypes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
