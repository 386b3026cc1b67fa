"""The contact-request feature: page "intake", `app.vm("intake")`, and its snapshot preview."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.app import KioskApp
    from ui.vm.intake import Intake

PREVIEW_STEPS = ("notice", "needs", "children", "when", "contact", "review", "done")
"""Steps `preview` can show (`pitstop snapshot --page intake-<step>`)."""


class IntakeFeature:
    """A parent's contact request, from the notice to the confirmation; works before the database
    is open (its options fill in when it is) and follows catalogue changes."""

    urgent = False

    def __init__(self) -> None:
        self.intake: Intake | None = None
        self._app: KioskApp | None = None

    def install(self, app: KioskApp) -> None:
        from ui.vm.intake import Intake

        services = app.services
        intake = Intake(
            app.session,
            app.navigator,
            settings=services.settings,
            tasks=services.tasks,
        )
        self.intake, self._app = intake, app
        services.database.when_open(intake.attach)
        app.catalogue.replaced.connect(intake.retranslate)
        app.model.register("intake", intake)
        app.navigator.registerPage("intake", "IntakePage")

    def shutdown(self) -> None:
        if self.intake is not None:
            self.intake.shutdown()

    def preview(self, step: str) -> None:
        """Show `step` with sample answers, as a parent would have filled it (snapshots only:
        nothing is stored, the confirmation shows a made-up reference)."""
        intake, app = self.intake, self._app
        if intake is None or app is None or step not in PREVIEW_STEPS:
            raise ValueError(f"no intake step {step!r} to preview")
        app.navigator.push("home")
        app.navigator.requestContact("")

        def first_comune() -> None:
            comuni = intake.comune_choices()
            intake.setComune(comuni[0]["key"] if comuni else "")

        sample: list[Callable[[], None]] = [
            lambda: intake.toggleNeed("closure_care"),
            lambda: intake.toggleNeed("homework"),
            lambda: intake.addAge(4),
            lambda: intake.addAge(9),
            first_comune,
            lambda: intake.toggleWeekday("MO"),
            lambda: intake.toggleWeekday("WE"),
            lambda: intake.setFirstName("Giulia"),
            lambda: intake.setPhone("347 123 4567"),
            lambda: intake.setTimeSlot("afternoon"),
        ]
        for answer in sample:
            answer()
        while intake.step_name() not in (step, "review"):
            before = intake.step_index()
            intake.next()
            if intake.step_index() == before:
                break
        if step == "done":
            intake.preview_done("PS-4K7M-Q2")
