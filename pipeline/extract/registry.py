"""Registry of extractors by field family, run in registration order.

Adding a field family is one module with `@register("name", after=(...))` plus its
import in `pipeline/extract/__init__.py`; unknown names fail with the valid ones listed.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.base import Context, Extractor, Fields


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    func: Extractor
    after: tuple[str, ...]
    provides: tuple[str, ...]


_REGISTRY: dict[str, ExtractorSpec] = {}


class UnknownExtractor(KeyError):
    """Raised for an extractor name that is not registered; lists the valid names."""


def register(name: str, *, provides: tuple[str, ...], after: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    """Decorator: register `func` as the extractor of a field family."""

    def wrap(func: Extractor) -> Extractor:
        _REGISTRY[name] = ExtractorSpec(name, func, after, provides)
        return func

    return wrap


def get(name: str) -> ExtractorSpec:
    try:
        return _REGISTRY[name]
    except KeyError:
        valid = ", ".join(sorted(_REGISTRY))
        raise UnknownExtractor(f"unknown extractor {name!r}; valid names: {valid}") from None


def names() -> list[str]:
    return list(_REGISTRY)


def ordered(selected: list[str] | None = None) -> list[ExtractorSpec]:
    """Specs in dependency order (each after the families it names in `after`)."""
    wanted = [get(n) for n in (selected or names())]
    done: list[ExtractorSpec] = []
    seen: set[str] = set()

    def visit(spec: ExtractorSpec, stack: tuple[str, ...] = ()) -> None:
        if spec.name in seen:
            return
        if spec.name in stack:
            raise ValueError(f"extractor cycle: {' -> '.join(stack + (spec.name,))}")
        for dep in spec.after:
            if dep in _REGISTRY:
                visit(_REGISTRY[dep], stack + (spec.name,))
        seen.add(spec.name)
        done.append(spec)

    for spec in wanted:
        visit(spec)
    return done


def run_all(ctx: Context, selected: list[str] | None = None) -> Context:
    """Run extractors in order, merging their fields; a failing extractor becomes a warning."""
    for spec in ordered(selected):
        try:
            out: Fields = spec.func(ctx)
        except Exception as exc:  # an extractor bug must not lose the document
            ctx.warnings.append(f"extractor_failed:{spec.name}:{type(exc).__name__}: {exc}")
            continue
        ctx.fields.update(out.values)
        ctx.evidence_map.update(out.evidence)
        ctx.warnings.extend(out.warnings)
    return ctx
