"""IVIG Desktop: walks an infusion nurse through an IVIG session and keeps a durable record of it."""

__version__ = "0.1.0"
APP_NAME = "IVIG Desktop"
