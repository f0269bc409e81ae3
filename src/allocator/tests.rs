//! The small-block cache over a checking system allocator: blocks reused, never shared, resized
//! with their bytes, and given back with the layout they were made with.

#![allow(clippy::unwrap_used)]

use std::alloc::System;
use std::cell::RefCell;
use std::collections::HashMap;

use super::*;

/// The system's allocator, checking what the cache asks of it: every block is given back with
/// the layout it was made with, and is never written past its size (a guard byte after it).
#[derive(Default)]
struct Checked {
    live: RefCell<HashMap<usize, Layout>>,
}

const GUARD: u8 = 0xA5;

/// A block's layout with room for the guard byte.
fn guarded(layout: Layout) -> Layout {
    Layout::from_size_align(layout.size() + 1, layout.align()).unwrap()
}

unsafe impl GlobalAlloc for Checked {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let block = unsafe { System.alloc(guarded(layout)) };
        unsafe { block.add(layout.size()).write(GUARD) };
        self.live.borrow_mut().insert(block as usize, layout);
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        let made = self.live.borrow_mut().remove(&(block as usize));
        assert_eq!(
            made,
            Some(layout),
            "a block freed with another layout than its own"
        );
        assert_eq!(
            unsafe { block.add(layout.size()).read() },
            GUARD,
            "written past its end"
        );
        unsafe { System.dealloc(block, guarded(layout)) };
    }
}

impl Drop for Checked {
    fn drop(&mut self) {
        for (&block, layout) in self.live.get_mut().iter() {
            let block = block as *mut u8;
            assert_eq!(
                unsafe { block.add(layout.size()).read() },
                GUARD,
                "written past its end"
            );
        }
    }
}

fn layout(size: usize, align: usize) -> Layout {
    Layout::from_size_align(size, align).unwrap()
}

/// Fills a block with its tag, so that two blocks sharing memory show as a changed byte.
fn fill(block: *mut u8, size: usize, tag: u8) {
    unsafe { ptr::write_bytes(block, tag, size) };
}

fn holds(block: *mut u8, size: usize, tag: u8) -> bool {
    (0..size).all(|i| unsafe { block.add(i).read() } == tag)
}

#[test]
fn a_freed_small_block_is_handed_out_again_for_its_size_class() {
    let cache = SmallBlockCache::new(Checked::default());
    unsafe {
        let first = cache.alloc(layout(20, 4));
        cache.dealloc(first, layout(20, 4));
        // 17 to 24 bytes share a class: the block comes back, not a new one.
        assert_eq!(cache.alloc(layout(24, 8)), first);
        let other = cache.alloc(layout(17, 1));
        assert_ne!(other, first);
        cache.dealloc(other, layout(17, 1));
        cache.dealloc(first, layout(24, 8));
    }
}

#[test]
fn blocks_of_another_class_are_not_reused() {
    let cache = SmallBlockCache::new(Checked::default());
    unsafe {
        let small = cache.alloc(layout(8, 8));
        cache.dealloc(small, layout(8, 8));
        let larger = cache.alloc(layout(9, 1));
        assert_ne!(larger, small);
        fill(larger, 9, 7);
        cache.dealloc(larger, layout(9, 1));
    }
}

#[test]
fn over_aligned_and_large_blocks_are_the_inner_allocators() {
    let cache = SmallBlockCache::new(Checked::default());
    unsafe {
        for (size, align) in [(16, 16), (8, 64), (257, 8), (4096, 4096)] {
            let block = cache.alloc(layout(size, align));
            assert!(!block.is_null());
            assert_eq!(block as usize % align, 0, "{size} bytes aligned to {align}");
            fill(block, size, 1);
            cache.dealloc(block, layout(size, align));
        }
    }
}

#[test]
fn growing_and_shrinking_a_block_keeps_its_bytes_across_classes() {
    let cache = SmallBlockCache::new(Checked::default());
    let pattern = |i: usize| (i % 251) as u8;
    unsafe {
        let mut size = 1;
        let mut block = cache.alloc(layout(size, 1));
        block.write(pattern(0));
        // Through every small class, past the largest and back: what a growing String does.
        for new_size in (2..=300).chain((1..300).rev()) {
            block = cache.realloc(block, layout(size, 1), new_size);
            assert!(!block.is_null());
            for i in size..new_size {
                block.add(i).write(pattern(i));
            }
            size = new_size;
            assert!(
                (0..size).all(|i| block.add(i).read() == pattern(i)),
                "{size} bytes"
            );
        }
        cache.dealloc(block, layout(size, 1));
    }
}

#[test]
fn live_blocks_never_share_memory_under_a_renders_churn() {
    let cache = SmallBlockCache::new(Checked::default());
    // A fixed pseudo-random sequence of allocations and frees of 1 to 300 bytes, a render's mix.
    let mut seed = 0x2545_f491_u32;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed as usize
    };
    let mut live: Vec<(*mut u8, Layout, u8)> = Vec::new();
    unsafe {
        for step in 0..20_000 {
            if live.len() > 50 && next() % 2 == 0 {
                let (block, layout, tag) = live.swap_remove(next() % live.len());
                assert!(
                    holds(block, layout.size(), tag),
                    "a block was overwritten at step {step}"
                );
                cache.dealloc(block, layout);
            } else {
                let layout = layout(1 + next() % 300, 1 << (next() % 4));
                let block = cache.alloc(layout);
                assert!(!block.is_null());
                assert_eq!(block as usize % layout.align(), 0);
                let tag = (step % 255) as u8;
                fill(block, layout.size(), tag);
                live.push((block, layout, tag));
            }
        }
        for (block, layout, tag) in live {
            assert!(holds(block, layout.size(), tag));
            cache.dealloc(block, layout);
        }
    }
}
