# Helpers shared by the jq programs of bench/run (prepended to each one).
# Input: one dataset document as `kaieco export` writes it.
def year: .period[0:4] | tonumber;
def date_precision: {"4": "year", "7": "month", "10": "day"}[length | tostring];
# figures in groups of one (metric, entity, period); group_by, because a
# reduce into an object keyed by group is quadratic in jq 1.6
def groups: group_by([.metric, .entity, .period]);
def is_default($g): .default == true or ($g | length) == 1;
def disputed($g): ([$g[] | .value | tonumber] | unique | length) > 1
                  or ([$g[] | .rank | select(. != null)] | unique | length) > 1;
def others($g): . as $o
  | [$g[] | select(.source != $o.source) # a source gives a figure once
     | "\(if .approx then .approx + " " else "" end)\(.value)\(if .rank then ", rank \(.rank)" else "" end) (\(.source))"]
  | if length == 0 then null else join("; ") end;
def by_id(f): map({key: f, value: .}) | from_entries;
