//! A small hash index over a dataset's items (FNV-1a, open addressing): lookups and duplicate
//! checks in constant time, so a `data-src` dataset of thousands of figures is read in linear
//! time, for a fraction of the module bytes std's `HashMap` or a sort would cost.

/// Item positions by key; each key is a pair of strings (an id and `""`, or a group and a
/// measure).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// `0` for an empty slot, else the item's position + 1.
    slots: Vec<u32>,
}

fn hash(key: [&str; 2]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in key {
        for b in part.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h as usize
}

impl Index {
    /// Indexes items `0..n` by `key`; also returns the first item whose key an earlier one has.
    pub fn new<'a>(n: usize, key: &dyn Fn(usize) -> [&'a str; 2]) -> (Self, Option<usize>) {
        let mask = (n * 2).next_power_of_two().max(8) - 1;
        let mut slots = vec![0u32; mask + 1];
        let mut repeated = None;
        for i in 0..n {
            let k = key(i);
            let mut s = hash(k) & mask;
            loop {
                match slots[s] {
                    0 => {
                        slots[s] = i as u32 + 1;
                        break;
                    }
                    j if key(j as usize - 1) == k => {
                        repeated = repeated.or(Some(i));
                        break;
                    }
                    _ => s = (s + 1) & mask,
                }
            }
        }
        (Self { slots }, repeated)
    }

    /// The first item with key `wanted`, `key` giving each item's key as when indexed.
    pub fn find<'a>(
        &self,
        wanted: [&str; 2],
        key: &dyn Fn(usize) -> [&'a str; 2],
    ) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut s = hash(wanted) & mask;
        loop {
            match *self.slots.get(s)? {
                0 => return None,
                j if key(j as usize - 1) == wanted => return Some(j as usize - 1),
                _ => s = (s + 1) & mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_key_and_the_first_repeat() {
        let ids: Vec<String> = (0..1000).map(|i| format!("g{}", i % 700)).collect();
        let key = |i: usize| [ids[i].as_str(), ""];
        let (index, repeated) = Index::new(ids.len(), &key);
        assert_eq!(repeated, Some(700), "g0 again");
        for i in 0..700 {
            assert_eq!(index.find([&format!("g{i}"), ""], &key), Some(i));
        }
        assert_eq!(index.find(["nowhere", ""], &key), None);
        assert_eq!(Index::default().find(["g1", ""], &key), None);
    }
}
