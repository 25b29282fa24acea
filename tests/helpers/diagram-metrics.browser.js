// Runs in the presented deck (plain JS, sent as text): measures every diagram on the current slide as shown.
// Label sizes from rendered text boxes, text contrast against what is drawn under each label, filled shapes
// against the slide background, whether any text or the diagram leaves its slide, and HTML labels cut off by their box.
(() => {
  const parse = (value) => {
    const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value || '');
    if (!m) return undefined;
    const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { rgb: [+m[1], +m[2], +m[3]], alpha };
  };
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const blend = (top, alpha, under) => top.map((c, i) => c * alpha + under[i] * (1 - alpha));
  const hex = (rgb) => '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
  const opacityOf = (el, stop) => {
    let a = 1;
    for (let e = el; e && e !== stop.parentElement; e = e.parentElement) a *= parseFloat(getComputedStyle(e).opacity || '1');
    return a;
  };
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = Math.floor(s.length / 2); return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

  const section = Reveal.getCurrentSlide();
  const slideRect = section.getBoundingClientRect();
  const scale = slideRect.width / section.offsetWidth;
  const slideBg = parse(getComputedStyle(document.querySelector('.reveal-viewport') || document.body).backgroundColor).rgb;
  const bodyPx = parseFloat(getComputedStyle(document.querySelector('.reveal')).fontSize);
  const results = [];
  for (const figure of section.querySelectorAll('figure.diagram')) {
    const svg = figure.querySelector('svg');
    if (!svg) { results.push({ error: 'no svg' }); continue; }
    const fr = figure.getBoundingClientRect();
    const sr = svg.getBoundingClientRect();
    const shapes = [...svg.querySelectorAll('rect, path, circle, ellipse, polygon')].filter((s) => {
      const cs = getComputedStyle(s);
      return cs.fill !== 'none' && !s.closest('marker, defs, clipPath, mask') && cs.display !== 'none' && cs.visibility !== 'hidden';
    });
    const fillUnder = (x, y, exclude) => {
      const point = new DOMPoint(x, y);
      for (let i = shapes.length - 1; i >= 0; i--) {
        const s = shapes[i];
        if (exclude && exclude.contains(s)) continue;
        const m = s.getScreenCTM();
        if (!m) continue;
        const local = point.matrixTransform(m.inverse());
        let inside;
        try { inside = s.isPointInFill(local); } catch { inside = false; }
        if (!inside) continue;
        const cs = getComputedStyle(s);
        const fill = parse(cs.fill);
        if (!fill) continue;
        const alpha = fill.alpha * parseFloat(cs.fillOpacity || '1') * opacityOf(s, svg);
        if (alpha < 0.05) continue;
        return { rgb: blend(fill.rgb, alpha, slideBg), shape: s };
      }
      return { rgb: slideBg, shape: undefined };
    };

    const labels = [];
    const overflow = [];
    const clipped = [];
    const walker = document.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || node.textContent.trim() === '' || el.closest('style, title, desc')) continue;
      seen.add(el);
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) === 0) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      let localScale;
      if (el instanceof SVGGraphicsElement) {
        const bb = el.getBBox();
        if (bb.width === 0 || bb.height === 0) continue;
        localScale = Math.sqrt((rect.width * rect.height) / (bb.width * bb.height));
      } else {
        if (el.offsetWidth === 0) continue;
        localScale = rect.width / el.offsetWidth;
      }
      const px = (parseFloat(cs.fontSize) * localScale) / scale;
      // What is drawn under the label: an HTML background, its own halo, or the topmost filled shape.
      let under;
      for (let e = el; e && e !== svg && !under; e = e.parentElement) {
        if (!(e instanceof SVGElement)) {
          const bg = parse(getComputedStyle(e).backgroundColor);
          if (bg && bg.alpha > 0.5) under = bg.rgb;
        }
      }
      const paintsHalo = el instanceof SVGElement && /^stroke/.test(cs.paintOrder || '') && parse(cs.stroke) && parseFloat(cs.strokeWidth) >= 3;
      if (!under && paintsHalo) under = parse(cs.stroke).rgb;
      if (!under) under = fillUnder(rect.x + rect.width / 2, rect.y + rect.height / 2, el).rgb;
      const colour = parse(el instanceof SVGElement ? cs.fill : cs.color);
      const textRgb = colour ? blend(colour.rgb, colour.alpha * opacityOf(el, svg), under) : [0, 0, 0];
      const family = cs.fontFamily.split(',')[0].trim().replace(/^["']|["']$/g, '');
      labels.push({ text: node.textContent.trim().slice(0, 40), px, family, contrast: ratio(textRgb, under), fg: hex(textRgb), bg: hex(under) });
      if (rect.left < slideRect.left - 1 || rect.right > slideRect.right + 1 || rect.top < slideRect.top - 1 || rect.bottom > slideRect.bottom + 1) {
        overflow.push(node.textContent.trim().slice(0, 40));
      }
      // An HTML label is cut off where its text runs past the sides of its foreignObject (the text itself, not its
      // block box; not the top and bottom, where a font's ascent and descent overhang a tight line box unclipped).
      const holder = el.closest('foreignObject');
      if (holder) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const text = range.getBoundingClientRect();
        const box = holder.getBoundingClientRect();
        const tolerance = 1.5 * scale;
        if (text.left < box.left - tolerance || text.right > box.right + tolerance) {
          clipped.push(`${node.textContent.trim().slice(0, 40)} ${Math.round(text.width / scale)}×${Math.round(text.height / scale)} in ${Math.round(box.width / scale)}×${Math.round(box.height / scale)}`);
        }
      }
    }
    const svgArea = sr.width * sr.height;
    const textCentres = labels.length ? [...seen].map((el) => { const r = el.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }) : [];
    const shapeFailures = [];
    let minShapeContrast = Infinity;
    for (const s of shapes) {
      const r = s.getBoundingClientRect();
      const area = r.width * r.height;
      if (area < 16 || area > svgArea * 0.25) continue; // hairlines and backgrounds (rows, clusters, quadrants)
      const cs = getComputedStyle(s);
      const fill = parse(cs.fill);
      if (!fill) continue;
      const alpha = fill.alpha * parseFloat(cs.fillOpacity || '1') * opacityOf(s, svg);
      if (alpha < 0.05) continue;
      const fillRatio = ratio(blend(fill.rgb, alpha, slideBg), slideBg);
      const stroke = parse(cs.stroke);
      const strokeRatio = stroke && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 1 ? ratio(blend(stroke.rgb, stroke.alpha * opacityOf(s, svg), slideBg), slideBg) : 0;
      const shapeContrast = Math.max(fillRatio, strokeRatio);
      if (shapeContrast >= 3) {
        minShapeContrast = Math.min(minShapeContrast, shapeContrast);
        continue;
      }
      const holdsText = textCentres.some(([x, y]) => { const m = s.getScreenCTM(); if (!m) return false; try { return s.isPointInFill(new DOMPoint(x, y).matrixTransform(m.inverse())); } catch { return false; } });
      if (holdsText) continue;
      minShapeContrast = Math.min(minShapeContrast, shapeContrast);
      shapeFailures.push({ tag: s.tagName, cls: s.getAttribute('class') || '', fill: hex(blend(fill.rgb, alpha, slideBg)), fillRatio: +fillRatio.toFixed(2), strokeRatio: +strokeRatio.toFixed(2) });
    }
    const leaves = sr.left < slideRect.left - 1 || sr.right > slideRect.right + 1 || sr.top < slideRect.top - 1 || sr.bottom > slideRect.bottom + 1;
    const lowText = labels.filter((l) => l.contrast < 4.5);
    results.push({
      kind: svg.getAttribute('aria-roledescription') || '',
      labels: labels.length,
      medianPx: labels.length ? +median(labels.map((l) => l.px)).toFixed(1) : 0,
      minPx: labels.length ? +Math.min(...labels.map((l) => l.px)).toFixed(1) : 0,
      smallest: [...labels].sort((a, b) => a.px - b.px).slice(0, 3).map((l) => `${l.text} ${l.px.toFixed(1)} px`),
      bodyPx,
      ratio: labels.length ? +(median(labels.map((l) => l.px)) / bodyPx).toFixed(2) : 0,
      minShapeContrast: Number.isFinite(minShapeContrast) ? +minShapeContrast.toFixed(2) : 0,
      minTextContrast: labels.length ? +Math.min(...labels.map((l) => l.contrast)).toFixed(2) : 0,
      fonts: [...new Set(labels.map((l) => l.family))],
      lowText: lowText.slice(0, 5).map((l) => `${l.text} ${l.fg} on ${l.bg} ${l.contrast.toFixed(2)}`),
      shapeFailures: shapeFailures.slice(0, 5),
      overflow: leaves ? ['svg', ...overflow] : overflow,
      clipped: clipped.slice(0, 5),
      figure: { width: Math.round(fr.width / scale), height: Math.round(fr.height / scale) },
      drawn: { width: Math.round(sr.width / scale), height: Math.round(sr.height / scale) },
    });
  }
  return results;
})();
