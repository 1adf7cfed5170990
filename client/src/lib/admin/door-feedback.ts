/**
 * A beep and a buzz for each answer at the door, so staff need not look at the screen: one high beep
 * and a short buzz for admitted, two low beeps and a long buzz for refused. Silent where the browser
 * has no Web Audio or vibration (iOS Safari cannot vibrate).
 */
let audio: AudioContext | null = null;

function beep(context: AudioContext, frequency: number, startAt: number, seconds: number) {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.2, startAt);
  gain.gain.exponentialRampToValueAtTime(0.001, startAt + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(startAt);
  oscillator.stop(startAt + seconds);
}

export function signalAnswer(admitted: boolean): void {
  try {
    navigator.vibrate?.(admitted ? 80 : [200, 80, 200]);
    audio ??= new AudioContext();
    const now = audio.currentTime;
    if (admitted) beep(audio, 1320, now, 0.15);
    else {
      beep(audio, 330, now, 0.18);
      beep(audio, 330, now + 0.25, 0.18);
    }
  } catch {
    // No sound or vibration here: the coloured answer on screen still says it.
  }
}
