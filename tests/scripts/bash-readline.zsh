# zsh -f bash-readline.zsh SCRIPT LINE: the command line an interactive bash
# shows after LINE and a TAB, with the completion script SCRIPT loaded:
# readline itself splits the words, calls the completion function and
# inserts what it returns. bash runs in a pseudo-terminal (zsh/zpty); a key
# bound to print $READLINE_LINE reads the result back.
zmodload zsh/zpty || exit 2
script=$1 line=$2
zpty b bash --norc --noprofile -i || exit 2
zpty -w b "PS1= PS2=; source ${(q)script}; bind -x '\"\\C-t\": printf \"\\n<%s>\\n\" \"\$READLINE_LINE\"'; echo ready"
local out
repeat 50; do
  zpty -r b out || exit 2
  [[ $out == ready* ]] && break
done
zpty -w -n b "$line"$'\t\x14'
repeat 50; do
  zpty -r b out || exit 2
  out=${out%$'\n'}
  out=${out%$'\r'}
  if [[ $out == \<*\> ]]; then
    print -r -- "${${out#<}%>}"
    break
  fi
done
zpty -d b
