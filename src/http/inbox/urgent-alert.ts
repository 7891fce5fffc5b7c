/**
 * The browser code both live scripts share (desk-script.ts, and views.ts's for other pages):
 * a new urgent conversation, or one alerted again because nobody took it, shows the banner
 * at the top of the page and beeps, at most once every 5 s so a flood is not a siren. A
 * JavaScript source text, put inside each inline script (whose hashes the CSP allows).
 */
export const URGENT_ALERT = `const alertUrgent = (() => {
    let rang = 0;
    return (data) => {
      if (!data.urgent) return;
      const alert = document.getElementById('alert');
      alert.textContent = data.kind === 'realert' ? alert.dataset.realert : alert.dataset.new;
      alert.style.display = 'block';
      if (Date.now() - rang < 5000) return;
      rang = Date.now();
      try { const a = new AudioContext(); const o = a.createOscillator(); o.connect(a.destination); o.frequency.value = 880; o.start(); o.stop(a.currentTime + 0.4); } catch {}
    };
  })();`;
