"""The bundled resource files, loaded once."""

from __future__ import annotations

import functools
from pathlib import Path

from ivig_desktop.domain.catalog.checker import CLINIC_FILE, LADDERS_FILE, PRODUCTS_FILE
from ivig_desktop.domain.catalog.clinic import load_clinic_policy
from ivig_desktop.domain.catalog.ladders import Ladders, load_ladders
from ivig_desktop.domain.catalog.model import Catalog
from ivig_desktop.domain.catalog.products import load_catalog
from ivig_desktop.domain.policy import ClinicPolicy


def _resource(file_name: str) -> Path:
    # Imported here so that the rest of the domain never touches the file system.
    from ivig_desktop.paths import resources_dir

    return resources_dir() / file_name


@functools.cache
def default_catalog() -> Catalog:
    """The bundled `resources/products.toml`."""
    return load_catalog(_resource(PRODUCTS_FILE))


@functools.cache
def default_ladders() -> Ladders:
    """The bundled `resources/ladders.toml`."""
    return load_ladders(_resource(LADDERS_FILE))


@functools.cache
def default_clinic_policy() -> ClinicPolicy:
    """The bundled `resources/clinic.toml`."""
    return load_clinic_policy(_resource(CLINIC_FILE))
