# zsh -f zsh-complete.zsh SCRIPT LINE [display]: the matches zsh's completion system
# offers for LINE (cursor at its end) with the completion script SCRIPT
# loaded, one per line, as they would be inserted (with the prefix that
# compset moved aside, e.g. "rank," in --fields rank,co); with "display",
# what the listing shows for each instead (the match and its description).
#
# It types LINE and a TAB into an interactive zsh in a pseudo-terminal
# (zsh/zpty) whose compadd is wrapped to print the matches; the completion
# widgets themselves run unchanged.
zmodload zsh/zpty || exit 2
script=$1 line=$2 show_display=$3

# compinit's dump file, shared by the runs of one test ($ZCOMPDUMP), else none
dump=-D
[[ -n $ZCOMPDUMP ]] && dump="-d ${(q)ZCOMPDUMP}"
setup=$(mktemp) || exit 2
trap 'rm -f $setup' EXIT
cat > $setup <<SETUP
PROMPT= RPROMPT=
autoload -Uz compinit && compinit -u $dump
source ${(q)script}
bindkey '^I' complete-word
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
# a NUL line before and after the matches; exit when done
__mark() { print -rn -- \$'\\0\\n' }
compprefuncs=(__mark)
comppostfuncs=(__mark exit)
compadd() {
  # calls that only compute (-O, -A, -D) go through unchanged
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
    builtin compadd "\$@"
    return
  fi
  local -a __hits __pre __disp
  builtin compadd -A __hits "\$@"
  (( \$#__hits )) || return 1
  zparseopts -E -D P:=__pre d:=__disp
  local h
  if [[ -n "$show_display" && -n \${__disp[2]} ]]; then
    # what the listing shows beside each match (_describe: "KR  -- South Korea")
    for h in \${(P)__disp[2]}; do
      print -r -- "\$h"
    done
    return
  fi
  for h in \$__hits; do
    print -r -- "\$IPREFIX\${__pre[2]}\$h"
  done
}
print ready
SETUP

zpty z zsh -f -i || exit 2
zpty -w z "source ${(q)setup}"
local out
repeat 50; do
  zpty -r z out || exit 2
  [[ $out == ready* ]] && break
done
zpty -w -n z "$line"$'\t'
integer marks=0
while zpty -r z out; do
  out=${out%$'\n'}
  out=${out%$'\r'}
  if [[ $out == *$'\0'* ]]; then
    (( ++marks == 2 )) && break
    continue
  fi
  (( marks == 1 )) && print -r -- $out
done
zpty -d z
