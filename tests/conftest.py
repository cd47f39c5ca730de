import numpy as np
import pytest

from model.data import DataError, load_dataset


@pytest.fixture(scope="session")
def mnist_test():
    """The real MNIST test set from TOEPCORE_DATA (or the download cache)."""
    try:
        return load_dataset("mnist", "test")
    except DataError as e:
        pytest.fail(f"MNIST is needed for this test: {e}")


@pytest.fixture
def rng():
    return np.random.default_rng(1234)


def pytest_collection_modifyitems(items):
    """Slow tests (bitstreams, whole test sets) get 2 hours before pytest-timeout fails them."""
    for item in items:
        if item.get_closest_marker("slow") and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(7200))
