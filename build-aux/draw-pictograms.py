#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the move pictograms of the library and the player: simple side views of a figure,
drawn for Limber. Each line is written as filled shapes (a band with round ends), because
GTK colours symbolic icons through their fill; run this script again after changing a figure:

    build-aux/draw-pictograms.py src/gui/icons/scalable/actions
"""

import math
import sys

W = 3.0       # body lines
HEAD = 4.2    # head radius

def band(a, b, w):
    (x1, y1), (x2, y2) = a, b
    dx, dy = x2 - x1, y2 - y1
    n = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / n * w / 2, dx / n * w / 2
    pts = [(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)]
    return 'M' + ' L'.join('%.2f %.2f' % p for p in pts) + ' Z'

def dot(x, y, r):
    return ('M%.2f %.2f a%.2f %.2f 0 1 0 %.2f 0 a%.2f %.2f 0 1 0 %.2f 0 Z'
            % (x - r, y, r, r, 2 * r, r, r, -2 * r))

def line(points, w=W):
    shapes = [band(points[i], points[i + 1], w) for i in range(len(points) - 1)]
    shapes += [dot(x, y, w / 2) for (x, y) in points]
    return ['<path d="%s"/>' % ' '.join(shapes)]

def head(x, y):
    return ['<path d="%s"/>' % dot(x, y, HEAD)]

def ball(x, y, r=3.2):
    return ['<path d="%s"/>' % dot(x, y, r)]

def roller(x, y, r=6.0, w=2.2):
    return ['<path fill-rule="evenodd" d="%s %s"/>' % (dot(x, y, r), dot(x, y, r - w))]

def floor(y=56, x1=4, x2=60):
    return ['<path opacity="0.35" d="%s"/>' % band((x1, y), (x2, y), 1.6)]

def wall(x=8, y1=6, y2=56):
    return ['<path opacity="0.35" d="%s"/>' % band((x, y1), (x, y2), 1.6)]

def arrow(points, w=1.8):
    """A thin line with a head at its last point, for a direction of movement."""
    (x1, y1), (x2, y2) = points[-2], points[-1]
    a = math.atan2(y2 - y1, x2 - x1)
    h = 3.2
    left = (x2 - h * math.cos(a - 0.6), y2 - h * math.sin(a - 0.6))
    right = (x2 - h * math.cos(a + 0.6), y2 - h * math.sin(a + 0.6))
    return (['<path opacity="0.6" d="%s"/>' % ' '.join(
        [band(points[i], points[i + 1], w) for i in range(len(points) - 1)] +
        [band(left, (x2, y2), w), band(right, (x2, y2), w), dot(x2, y2, w / 2),
         dot(*left, w / 2), dot(*right, w / 2)])])

def arrow2(a, b, w=1.8):
    """A thin line with a head at each end, for a movement to and fro."""
    shapes = arrow([a, b], w)
    (x1, y1), (x2, y2) = b, a
    ang = math.atan2(y2 - y1, x2 - x1)
    h = 3.2
    left = (x2 - h * math.cos(ang - 0.6), y2 - h * math.sin(ang - 0.6))
    right = (x2 - h * math.cos(ang + 0.6), y2 - h * math.sin(ang + 0.6))
    shapes.append('<path opacity="0.6" d="%s"/>' % ' '.join(
        [band(left, a, w), band(right, a, w), dot(*left, w / 2), dot(*right, w / 2)]))
    return shapes

FIGURES = {
    # Standing, a hand on the wall, one foot on a ball under the arch.
    'arch-ball': wall() + floor() + head(24, 10) + line([(24, 16), (25, 33)]) +
        line([(24, 19), (16, 24), (9, 22)]) +
        line([(25, 33), (24, 44), (24, 54), (29, 55)]) +
        line([(25, 33), (33, 41), (35, 47), (45, 48)]) + ball(39, 51.8, 3.8),
    # Sitting, fingers laced between the toes of the foot resting on the other thigh.
    'toe-spreaders': floor() + head(18, 12) + line([(19, 18), (22, 36)]) +
        line([(22, 36), (38, 40), (42, 54), (48, 55)]) +
        line([(22, 36), (34, 33), (40, 36), (47, 34)]) +
        line([(20, 21), (30, 28), (44, 31)]) + line([(44, 29), (50, 32)], 1.8) +
        line([(43, 33), (49, 36)], 1.8),
    # Sitting, hands behind, the calf on a foam roller.
    'calf-roll': floor() + head(13, 17) + line([(15, 23), (21, 40)]) +
        line([(15, 25), (10, 37), (8, 54)]) +
        line([(21, 40), (38, 44), (58, 46)]) + roller(44, 49.6) + arrow([(36, 37), (48, 38)]),
    # Sitting, one knee bent, both hands pressing a ball into the inner calf.
    'inner-calf-ball': floor() + head(14, 14) + line([(16, 20), (20, 38)]) +
        line([(20, 38), (40, 52), (56, 54)]) +
        line([(20, 38), (34, 26), (42, 48), (48, 53)]) +
        line([(17, 23), (28, 30), (36, 34)]) + ball(39, 36.5),
    # Sitting, the knee dropped inward, a ball pressed into the outside of the lower leg.
    'outer-calf-ball': floor() + head(14, 14) + line([(16, 20), (20, 38)]) +
        line([(20, 38), (40, 52), (56, 54)]) +
        line([(20, 38), (36, 30), (50, 44), (54, 50)]) +
        line([(17, 23), (32, 30), (42, 36)]) + ball(44, 35),
    # Both hands round the lower leg, sliding up toward the knee.
    'sock-pull': floor() + head(14, 14) + line([(16, 20), (20, 38)]) +
        line([(20, 38), (40, 52), (56, 54)]) +
        line([(20, 38), (34, 24), (44, 46), (50, 50)]) +
        line([(17, 23), (30, 33), (40, 38)]) + line([(19, 24), (33, 36), (42, 41)]) +
        arrow([(47, 38), (42, 28)]),
    # Lying on one side on a roller under the outer thigh, propped on a forearm.
    'it-band-roll': floor() + head(11, 33) + line([(15, 37), (30, 42)]) +
        line([(16, 38), (14, 48), (22, 54)]) +
        line([(30, 42), (44, 45), (58, 48)]) + line([(30, 42), (38, 52), (36, 54)]) +
        roller(36, 50) + arrow([(40, 38), (50, 40)]),
    # Face down, on the forearms, a roller under the front of the thighs.
    'quad-roll': floor() + head(10, 32) + line([(15, 35), (30, 40)]) +
        line([(15, 36), (14, 46), (24, 54)]) +
        line([(30, 40), (46, 44), (58, 47)]) + roller(40, 49.5) + arrow([(36, 34), (46, 36)]),
    # Standing, knees soft, folding forward toward the floor.
    'rocking-fold': floor() + head(37, 34) + line([(33, 30), (24, 16)]) +
        line([(32, 32), (36, 44), (36, 50)]) +
        line([(24, 16), (30, 34), (28, 54), (34, 55)]) + arrow2((46, 38), (46, 50)),
    # Face down, one knee out to the side, a roller under the inner thigh.
    'adductor-roll': floor() + head(10, 32) + line([(15, 35), (30, 40)]) +
        line([(15, 36), (14, 46), (24, 54)]) +
        line([(30, 40), (48, 44), (58, 50)]) + line([(30, 40), (42, 38), (46, 48)]) +
        roller(40, 49.5),
    # Lying on the back, an ankle over the other knee, drawing the legs in.
    'figure-four': floor() + head(8, 50) + line([(13, 52), (32, 52)]) +
        line([(32, 52), (40, 36), (52, 44)]) + line([(32, 52), (27, 40), (41, 35)]) +
        line([(15, 51), (25, 47), (36, 45)]),
    # Sitting on one hip with a ball under the side of the buttock.
    'outer-hip-ball': floor() + head(22, 20) + line([(23, 26), (26, 43)]) +
        line([(24, 29), (14, 40), (12, 54)]) +
        line([(26, 43), (42, 42), (54, 54)]) + line([(26, 43), (40, 48), (54, 50)]) +
        ball(28, 50.6, 3.6),
    # Lying on the back, hugging the knees, rocking gently.
    'knee-hug-rock': floor() + head(10, 49) + line([(15, 51), (32, 52)]) +
        line([(32, 52), (28, 34), (44, 36)]) + line([(16, 50), (26, 42), (34, 36)]) +
        arrow2((6, 34), (16, 30)),
    # Lying back on a roller under the shoulder blades, head in the hands, knees bent.
    'upper-back-roll': floor() + head(9, 38) + line([(14, 40), (34, 52)]) +
        line([(34, 52), (44, 38), (50, 55)]) + line([(14, 41), (18, 31), (11, 32)]) +
        roller(19, 49),
}

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else '.'
    for move_id, shapes in FIGURES.items():
        with open('%s/limber-move-%s-symbolic.svg' % (out, move_id), 'w') as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n')
            f.write('<!-- SPDX-License-Identifier: GPL-3.0-or-later -->\n')
            f.write('<!-- Drawn by build-aux/draw-pictograms.py; edit the figure there. -->\n')
            f.write('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" '
                    'viewBox="0 0 64 64">\n')
            f.write('  <g fill="#2e3436">\n')
            for shape in shapes:
                f.write('    %s\n' % shape)
            f.write('  </g>\n</svg>\n')

if __name__ == '__main__':
    main()
