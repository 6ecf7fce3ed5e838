"""The start page."""
from flask import Blueprint, render_template

from knowledge_base import count_records

from ..db import get_db
from ..security import role_required

bp = Blueprint("main", __name__)


@bp.route("/")
@role_required("lezer")
def index():
    """Show what is in the knowledge base and where to start."""
    return render_template("main/index.html", counts=count_records(get_db()))
