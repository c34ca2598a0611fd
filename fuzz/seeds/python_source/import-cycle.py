from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
from .settings import *
from fuzz.settings import LOGGING
LOGGING.update(LOGGING)
LOGGING["root"]["level"] = LOGGING
