# Reference values for src/lib/charts/palette.test.ts and colourVision.test.ts, computed
# independently of the TypeScript: WCAG 2.x contrast on white, and the closest pair of the
# original Okabe-Ito palette and of ours under normal vision and Machado et al. (2009)
# severity-1.0 simulations, CIELAB dE76 (D65). Run: python3 scripts/palette/paletteReference.py
import itertools, math

def lin(c):
    s=c/255; return s/12.92 if s<=0.04045 else ((s+0.055)/1.055)**2.4
def rgb(h): h=h.lstrip('#'); return [int(h[i:i+2],16) for i in (0,2,4)]
def L(h): r,g,b=[lin(c) for c in rgb(h)]; return 0.2126*r+0.7152*g+0.0722*b
def cr(a,b='#ffffff'):
    la,lb=L(a),L(b); return (max(la,lb)+0.05)/(min(la,lb)+0.05)
# Machado 2009 severity 1.0
M={'deutan':[[0.367322,0.860646,-0.227968],[0.280085,0.672501,0.047413],[-0.011820,0.042940,0.968881]],
   'protan':[[0.152286,1.052583,-0.204868],[0.114503,0.786281,0.099216],[-0.003882,-0.048116,1.051998]],
   'tritan':[[1.255528,-0.076749,-0.178779],[-0.078411,0.930809,0.147602],[0.004733,0.691367,0.303900]]}
def sim(h,k):
    v=[lin(c) for c in rgb(h)]
    if k=='normal': return v
    return [max(0,min(1,sum(M[k][i][j]*v[j] for j in range(3)))) for i in range(3)]
def lab(v):
    r,g,b=v
    X=0.4124*r+0.3576*g+0.1805*b; Y=0.2126*r+0.7152*g+0.0722*b; Z=0.0193*r+0.1192*g+0.9505*b
    xn,yn,zn=0.95047,1.0,1.08883
    f=lambda t: t**(1/3) if t>216/24389 else (24389/27*t+16)/116
    fx,fy,fz=f(X/xn),f(Y/yn),f(Z/zn)
    return 116*fy-16,500*(fx-fy),200*(fy-fz)
def de(a,b): return math.dist(a,b)

OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999', '#000000', '#8C6D31']
OURS = ['#0072B2', '#C28133', '#009E73', '#C475A4', '#1E9AC9', '#D55E00', '#608E1E', '#918F8E', '#000000', '#8C6D31']
for name, P in (('Okabe-Ito', OKABE_ITO), ('ours', OURS)):
    print(name, 'contrast on white:', ' '.join(f'{h} {cr(h):.3f}' for h in P))
    for k in ['normal', 'deutan', 'protan', 'tritan']:
        labs = [lab(sim(h, k)) for h in P]
        d, a, b = min((de(labs[i], labs[j]), P[i], P[j]) for i, j in itertools.combinations(range(len(P)), 2))
        print(f'  {k}: closest {a} {b} dE {d:.3f}')
