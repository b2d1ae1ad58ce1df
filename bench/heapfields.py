#!/usr/bin/env python3
"""What a live heap dump is made of, without a GUI: shallow size by class, Strings (24 B each plus their byte[]) by
the field that holds them, and other arrays by their owner. An object is charged to the first object found
referring to it (class.field), looked through Object[], ArrayList, HashMap nodes and immutable lists to their
owner. Sizes assume compressed oops and class pointers (heaps under 32 GB).

    jcmd PID GC.heap_dump /tmp/x.hprof      (live objects only: a full collection first)
    python3 bench/heapfields.py /tmp/x.hprof

A 1.4 GB dump takes about two minutes and 3 GB of memory; run it under the CPU lock."""
import struct, sys, collections, mmap

f = open(sys.argv[1], 'rb')
mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
end0 = mm.find(b'\0')
pos = end0 + 1
IDS = struct.unpack_from('>I', mm, pos)[0]; pos += 4 + 8
assert IDS == 8
idfmt = '>Q'
names = {}
classname = {}
SIZES = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PRIMNAME = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]', 11: 'long[]'}
classinfo = {}  # id -> (super, instsize, [(name, type)])
insts = []      # (cls, data-offset, length)  -- parsed after all classes known
shallow = collections.Counter(); count = collections.Counter()
objarrays = {}  # id -> (offset, n, elemclass)
primsize = {}   # id of byte[] -> bytes
owner = {}      # id -> (owner id, label)

def align(n): return (n + 7) & ~7

size = len(mm)
while pos < size:
    tag = mm[pos]; ln = struct.unpack_from('>I', mm, pos + 5)[0]; body = pos + 9; pos = body + ln
    if tag == 0x01:
        i = struct.unpack_from(idfmt, mm, body)[0]
        names[i] = mm[body + 8: body + ln].decode('utf-8', 'replace')
    elif tag == 0x02:
        _, cid, _, nid = struct.unpack_from('>IQIQ', mm, body)
        classname[cid] = names.get(nid, '?').replace('/', '.')
    elif tag in (0x0C, 0x1C):
        p = body; e = body + ln
        while p < e:
            st = mm[p]; p += 1
            if st == 0xFF: p += 8
            elif st == 0x01: p += 16
            elif st in (0x02, 0x03): p += 16
            elif st == 0x04: p += 12
            elif st == 0x05: p += 8
            elif st == 0x06: p += 12
            elif st == 0x07: p += 8
            elif st == 0x08: p += 16
            elif st == 0x20:
                cid = struct.unpack_from(idfmt, mm, p)[0]; p += 8 + 4
                sup = struct.unpack_from(idfmt, mm, p)[0]; p += 8 * 6
                isz = struct.unpack_from('>I', mm, p)[0]; p += 4
                ncp = struct.unpack_from('>H', mm, p)[0]; p += 2
                for _ in range(ncp):
                    t = mm[p + 2]; p += 3 + SIZES[t]
                ns = struct.unpack_from('>H', mm, p)[0]; p += 2
                for _ in range(ns):
                    t = mm[p + 8]; p += 9 + SIZES[t]
                nf = struct.unpack_from('>H', mm, p)[0]; p += 2
                fl = []
                for _ in range(nf):
                    nid = struct.unpack_from(idfmt, mm, p)[0]; t = mm[p + 8]; p += 9
                    fl.append((names.get(nid, '?'), t))
                classinfo[cid] = (sup, isz, fl)
            elif st == 0x21:
                oid, _, cid, n = struct.unpack_from('>QIQI', mm, p); p += 24
                insts.append((oid, cid, p))
                p += n
            elif st == 0x22:
                oid, _, n, ecid = struct.unpack_from('>QIIQ', mm, p); p += 24
                objarrays[oid] = (p, n, ecid)
                k = classname.get(ecid, '?')
                shallow[k] += align(16 + 4 * n); count[k] += 1  # compressed oops
                p += 8 * n
            elif st == 0x23:
                oid, _, n, t = struct.unpack_from('>QIIB', mm, p); p += 17
                b = align(16 + n * SIZES[t])
                shallow[PRIMNAME[t]] += b; count[PRIMNAME[t]] += 1
                primsize[oid] = b
                p += n * SIZES[t]
            else:
                raise SystemExit('unknown subtag %x at %d' % (st, p))

layout = {}
def fields_of(cid):
    if cid in layout: return layout[cid]
    out = []
    c = cid
    while c in classinfo:
        sup, isz, fl = classinfo[c]
        out.extend((classname.get(c, '?'), nm, t) for nm, t in fl)
        c = sup
    layout[cid] = out
    return out

def inst_size(cid):
    # 12-byte header + fields with compressed oops (refs 4 bytes), aligned
    s = 12
    for _, _, t in fields_of(cid):
        s += 4 if t == 2 else SIZES[t]
    return align(s)

string_value = {}
for oid, cid, p in insts:
    cn = classname.get(cid, '?')
    shallow[cn] += inst_size(cid); count[cn] += 1
    for owncls, nm, t in fields_of(cid):
        if t == 2:
            v = struct.unpack_from(idfmt, mm, p)[0]
            if v:
                if cn == 'java.lang.String' and nm == 'value':
                    string_value[oid] = v
                elif v not in owner:
                    owner[v] = (oid, cn.rsplit('.', 1)[-1] + '.' + nm)
            p += 8
        else:
            p += SIZES[t]
for aid, (p, n, ecid) in objarrays.items():
    for k in range(n):
        v = struct.unpack_from(idfmt, mm, p + 8 * k)[0]
        if v and v not in owner:
            owner[v] = (aid, '[]')

CONTAINERS = ('[]', 'ArrayList.elementData', 'HashMap.table', 'Node.key', 'Node.value', 'Node.next',
              'ListN.elements', 'List12.e0', 'List12.e1', 'UnmodifiableCollection.c', 'UnmodifiableList.list',
              'UnmodifiableRandomAccessList.list', 'SubList.root', 'HashMap.value')
def label(oid, depth=0):
    o = owner.get(oid)
    if o is None: return '(root/unreferenced)'
    pid, lab = o
    if depth < 6 and (lab in CONTAINERS or lab.endswith('.elementData') or lab.endswith('.table')):
        return label(pid, depth + 1) + '/' + lab.split('.')[-1] if lab != '[]' else label(pid, depth + 1) + '[]'
    return lab

bystr = collections.Counter(); bystrn = collections.Counter()
for sid, vid in string_value.items():
    lab = label(sid)
    bystr[lab] += 24 + primsize.get(vid, 0); bystrn[lab] += 1

tot = sum(shallow.values())
print('total live %.1f MB in %d objects' % (tot / 2**20, sum(count.values())))
print('\n-- shallow size by class (top 40)')
for k, v in shallow.most_common(40):
    print('%9.1f MB %10d  %s' % (v / 2**20, count[k], k))
print('\n-- Strings (24 B + their byte[]) by the field that holds them (top 40)')
for k, v in bystr.most_common(40):
    print('%9.1f MB %10d  %s' % (v / 2**20, bystrn[k], k))
# other arrays by owner
print('\n-- arrays other than a String\'s value, by owner (top 30)')
byarr = collections.Counter(); byarrn = collections.Counter()
vals = set(string_value.values())
for aid, b in primsize.items():
    if aid in vals: continue
    lab = label(aid); byarr[lab] += b; byarrn[lab] += 1
for aid, (p, n, ecid) in objarrays.items():
    lab = label(aid) + ' (obj[])'; byarr[lab] += align(16 + 4 * n); byarrn[lab] += 1
for k, v in byarr.most_common(30):
    print('%9.1f MB %10d  %s' % (v / 2**20, byarrn[k], k))
