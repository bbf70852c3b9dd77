"""hfdesk: the secretariat's desk for a Norwegian helsefellesskap."""

__version__ = "0.1.0"
APP_NAME = "hfdesk"
