// What is typed in the FAQ search box (BACKn: n presses of Backspace, clearing a word): accents,
// a typo, a prefix, words that match many entries and one that matches none. 88 keystrokes.
export const typing = ['oracle', 'BACK6', 'virgina', 'BACK7', 'securite donnees', 'BACK16', 'sing', 'BACK4', 'ban law', 'BACK7', 'zzqx', 'BACK4'];

/** The keys pressed for `typing`, one by one. */
export const keystrokes = typing.flatMap((step) => {
  const back = step.match(/^BACK(\d+)$/);
  return back ? Array(Number(back[1])).fill('Backspace') : [...step];
});
