"""Analysis over coded events: merging reports into events, dyad series, actor profiles."""

from tacitus.analysis.dedup import MergeRules, merge_reports, same_event
from tacitus.analysis.profile import Profile, build_profile
from tacitus.analysis.series import PERIODS, SeriesPoint, cc_index, dyad_series

__all__ = ["PERIODS", "MergeRules", "Profile", "SeriesPoint", "build_profile", "cc_index",
           "dyad_series", "merge_reports", "same_event"]
