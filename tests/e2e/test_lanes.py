"""`make test` runs the end-to-end tests in two pytest-xdist lanes (tests/conftest.py).

They did not hold for a while without anyone noticing: the conftest hook ran after xdist had
read the groups, and pytest 9.2 with pytest-xdist 3.8 drops them anyway (xdist issue #1386).
The end-to-end tests then spread over every worker, all of them waiting on processes at once,
and the suite took about 10 s longer.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e


def test_end_to_end_tests_run_in_a_lane(request: pytest.FixtureRequest) -> None:
    config = request.config
    if not hasattr(config, "workerinput") or not config.getoption("loadgroup", False):
        pytest.skip("only under pytest-xdist with --dist loadgroup, as `make test` runs")
    assert request.node.nodeid.endswith("@e2e-a")
