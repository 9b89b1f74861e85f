"""The product catalog (label protocols), the clinic's mL/h ladders and the clinic policy, loaded from TOML.

This is the one place in the domain that reads files: `load_catalog`, `load_ladders` and `load_clinic_policy`
each take either a `Path` (read as UTF-8) or a `str` of TOML text, validate every field, and raise
`CatalogError` listing every problem with the file, product and field it concerns. `default_catalog()`,
`default_ladders()` and `default_clinic_policy()` read the bundled files in `paths.resources_dir()`.

Numbers in the TOML files are read as exact Decimals (never float).
"""

from ivig_desktop.domain.catalog.checker import CLINIC_FILE, LADDERS_FILE, PRODUCTS_FILE, CatalogError
from ivig_desktop.domain.catalog.clinic import SECURITY_FIELDS, load_clinic_policy
from ivig_desktop.domain.catalog.defaults import default_catalog, default_clinic_policy, default_ladders
from ivig_desktop.domain.catalog.doses import DoseLimit, FirstInfusionRule
from ivig_desktop.domain.catalog.indications import INDICATION_NAMES, Indication, parse_indication
from ivig_desktop.domain.catalog.ladders import Ladder, Ladders, load_ladders
from ivig_desktop.domain.catalog.model import (
    REFERENCE_NAME,
    AsTolerated,
    AtRisk,
    Catalog,
    Doubling,
    Increment,
    Note,
    Product,
    Protocol,
    ProtocolMatch,
    RateBound,
    RateList,
    StepRule,
)
from ivig_desktop.domain.catalog.products import load_catalog
from ivig_desktop.domain.catalog.serialise import dose_limit_dict, product_to_dict

__all__ = [
    "CLINIC_FILE",
    "INDICATION_NAMES",
    "LADDERS_FILE",
    "PRODUCTS_FILE",
    "REFERENCE_NAME",
    "SECURITY_FIELDS",
    "AsTolerated",
    "AtRisk",
    "Catalog",
    "CatalogError",
    "DoseLimit",
    "Doubling",
    "FirstInfusionRule",
    "Increment",
    "Indication",
    "Ladder",
    "Ladders",
    "Note",
    "Product",
    "Protocol",
    "ProtocolMatch",
    "RateBound",
    "RateList",
    "StepRule",
    "default_catalog",
    "default_clinic_policy",
    "default_ladders",
    "dose_limit_dict",
    "load_catalog",
    "load_clinic_policy",
    "load_ladders",
    "parse_indication",
    "product_to_dict",
]
