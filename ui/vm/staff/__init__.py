"""Staff mode's view-models, one per screen, built and wired by `ui.features.staff.StaffFeature`:

- `StaffLockVm` (lock.py, `app.vm("staff")`): the PIN pad, entering and leaving staff mode,
  auto-lock, which screen is shown, the app actions (restart, leave) and the one message line;
- `StaffStatusVm` (status.py, `app.vm("staff.status")`): the staff home's facts, sync actions,
  requests in conflict;
- `StaffMediaVm` (media.py, `app.vm("staff.media")`): USB import and export;
- `StaffSettingsVm` (settings.py, `app.vm("staff.settings")`): the editable settings;
- `StaffChecksVm` (checks.py, `app.vm("staff.checks")`): the setup checks (`pitstop doctor`'s);
- `StaffEnrolVm` (enrol.py, `app.vm("staff.enrol")`): "Set up from a USB stick" (enrolment).

The screens' models ask the lock whether staff mode is unlocked (`authorised`) and show their
messages through it (`say`), both handed in by the feature.
"""

from ui.vm.staff.checks import StaffChecksVm
from ui.vm.staff.common import LEAVE_KIOSK_EXIT, RESTART_EXIT
from ui.vm.staff.enrol import StaffEnrolVm
from ui.vm.staff.lock import StaffLockVm
from ui.vm.staff.media import StaffMediaVm
from ui.vm.staff.settings import StaffSettingsVm
from ui.vm.staff.status import StaffStatusVm

__all__ = [
    "LEAVE_KIOSK_EXIT",
    "RESTART_EXIT",
    "StaffChecksVm",
    "StaffEnrolVm",
    "StaffLockVm",
    "StaffMediaVm",
    "StaffSettingsVm",
    "StaffStatusVm",
]
