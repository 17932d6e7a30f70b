"""Analysis over coded events: dyad series, actor profiles and track records."""

from tacitus.analysis.profile import Profile, build_profile
from tacitus.analysis.series import PERIODS, SeriesPoint, cc_index, dyad_series

__all__ = ["PERIODS", "Profile", "SeriesPoint", "build_profile", "cc_index", "dyad_series"]
