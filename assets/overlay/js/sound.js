/* Alert sounds synthesised with WebAudio: no audio files to license, nothing to download.
 * OBS captures them with "Control audio via OBS". ?sound=0 mutes, ?volume=0..100 sets level. */
"use strict";

var SASound = (function () {
  var ctx = null, master = null, volume = 0.7, enabled = SA.opts.sound;
  var lastTick = 0;

  function setVolume(percent) {
    volume = Math.max(0, Math.min(100, Number(percent))) / 100;
    if (master) master.gain.value = volume * 0.6;
  }
  function audio() {
    if (!enabled || volume <= 0) return null;
    if (!ctx) {
      var AC = window.AudioContext || window.webkitAudioContext;
      if (!AC) return null;
      ctx = new AC();
      master = ctx.createGain();
      master.gain.value = volume * 0.6;
      var comp = ctx.createDynamicsCompressor();
      master.connect(comp);
      comp.connect(ctx.destination);
    }
    if (ctx.state === "suspended") ctx.resume();
    return ctx;
  }
  function tone(freq, at, dur, type, gain, slideTo) {
    var c = audio();
    if (!c) return;
    var t = c.currentTime + at;
    var osc = c.createOscillator(), g = c.createGain();
    osc.type = type || "sine";
    osc.frequency.setValueAtTime(freq, t);
    if (slideTo) osc.frequency.exponentialRampToValueAtTime(slideTo, t + dur * 0.8);
    g.gain.setValueAtTime(0.0001, t);
    g.gain.exponentialRampToValueAtTime(gain || 0.3, t + 0.015);
    g.gain.exponentialRampToValueAtTime(0.0001, t + dur);
    osc.connect(g);
    g.connect(master);
    osc.start(t);
    osc.stop(t + dur + 0.05);
  }
  function shimmer(at, dur) {
    var c = audio();
    if (!c) return;
    var len = Math.floor(c.sampleRate * dur), buf = c.createBuffer(1, len, c.sampleRate), d = buf.getChannelData(0);
    for (var i = 0; i < len; i++) d[i] = (Math.random() * 2 - 1) * Math.pow(1 - i / len, 2);
    var src = c.createBufferSource(), hp = c.createBiquadFilter(), g = c.createGain();
    src.buffer = buf;
    hp.type = "highpass";
    hp.frequency.value = 6000;
    g.gain.value = 0.12;
    src.connect(hp); hp.connect(g); g.connect(master);
    src.start(c.currentTime + at);
  }
  var N = { C5: 523.25, E5: 659.25, G5: 783.99, A5: 880, C6: 1046.5, E6: 1318.5, G6: 1568, C7: 2093, G4: 392, C4: 261.63, E4: 329.63 };

  function play(tier) {
    if (tier <= 0) {
      tone(N.A5, 0, 0.25, "sine", 0.22, N.E6);
    } else if (tier === 1) {
      tone(N.E5, 0, 0.3, "triangle", 0.28);
      tone(N.A5, 0.11, 0.5, "triangle", 0.28);
      tone(N.E6, 0.11, 0.5, "sine", 0.1);
    } else if (tier === 2) {
      [N.C5, N.E5, N.G5, N.C6].forEach(function (f, i) { tone(f, i * 0.09, 0.45, "triangle", 0.26); });
      tone(N.E6, 0.36, 0.9, "sine", 0.16);
      tone(N.G6, 0.36, 0.9, "sine", 0.1);
      shimmer(0.3, 0.8);
    } else {
      [N.C4, N.E4, N.G4, N.C5].forEach(function (f, i) { tone(f, i * 0.12, 0.5, "sawtooth", 0.09); });
      [N.C5, N.E5, N.G5, N.C6, N.E6, N.G6, N.C7].forEach(function (f, i) { tone(f, 0.45 + i * 0.07, 0.7, "triangle", 0.2); });
      [N.C5, N.E5, N.G5, N.C6].forEach(function (f) { tone(f, 1.0, 1.6, "sine", 0.14); });
      shimmer(0.9, 1.4);
    }
  }
  function tick() {
    var now = performance.now();
    if (now - lastTick < 120) return; // a fast streak is a patter, not a buzz
    lastTick = now;
    tone(N.C6 + Math.random() * 200, 0, 0.08, "sine", 0.08);
  }
  setVolume(SA.num("volume", 70, 0, 100));
  return { play: play, tick: tick, setVolume: setVolume };
})();
