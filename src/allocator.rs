//! The card module's allocator: talc, behind a free list for each small block size.
//!
//! A render makes and drops thousands of small blocks (Yew's boxed futures and nodes, strings,
//! `Rc`s) and keeps none of them. talc placed and coalesced each one: a fifth of a render's time.
//! Here a freed block of up to 256 bytes goes on the list of its 8-byte size class and is handed
//! out again before talc is asked: a server render 1.2x faster for ~170 B brotli, where std's
//! dlmalloc was 1.1x for 2.3 KB (bench/README.md, decision records).
//!
//! Blocks on the lists are not given back to talc: each list holds at most the most blocks of
//! its size that were ever live at once, and the next render takes them again.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::UnsafeCell;
use core::ptr;

/// Bytes between size classes, and the alignment of every block of a class.
const CLASS_BYTES: usize = 8;
/// How many size classes are kept: blocks of up to `CLASS_BYTES * CLASSES` bytes.
const CLASSES: usize = 32;

/// `inner`, with freed small blocks kept on a list per size class for the next allocation.
pub struct SmallBlockCache<A> {
    inner: A,
    /// Each class's first free block (null: none); a free block's first word is the next one.
    free: [UnsafeCell<*mut u8>; CLASSES],
}

// SAFETY: the card module is wasm without threads (no `atomics`): nothing runs beside a call.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<A: Sync> Sync for SmallBlockCache<A> {}

impl<A> SmallBlockCache<A> {
    /// `inner` with empty lists.
    pub const fn new(inner: A) -> Self {
        Self {
            inner,
            free: [const { UnsafeCell::new(ptr::null_mut()) }; CLASSES],
        }
    }

    /// The list for blocks of `layout`; `None` for a block too large or too aligned, which
    /// talc handles.
    fn list(&self, layout: Layout) -> Option<&UnsafeCell<*mut u8>> {
        if layout.size() > CLASS_BYTES * CLASSES || layout.align() > CLASS_BYTES {
            return None;
        }
        self.free.get(layout.size().saturating_sub(1) / CLASS_BYTES)
    }
}

/// The layout of the blocks of `layout`'s class: the class's largest size, so that any block of
/// the list fits any request of the class.
fn class_block(layout: Layout) -> Layout {
    let size = layout.size().div_ceil(CLASS_BYTES) * CLASS_BYTES;
    // SAFETY: a small size (at most `CLASS_BYTES * CLASSES`) and a power of two.
    unsafe { Layout::from_size_align_unchecked(size.max(CLASS_BYTES), CLASS_BYTES) }
}

unsafe impl<A: GlobalAlloc> GlobalAlloc for SmallBlockCache<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(head) = self.list(layout) else {
            // SAFETY: the caller's layout, passed on.
            return unsafe { self.inner.alloc(layout) };
        };
        // SAFETY: no reference to a list head outlives a call, and calls do not overlap.
        let first = unsafe { *head.get() };
        if first.is_null() {
            // SAFETY: a non-zero size: the class's.
            return unsafe { self.inner.alloc(class_block(layout)) };
        }
        // SAFETY: `first` is a free block of this list, at least a pointer long and aligned to
        // 8; `dealloc` wrote the next block's address into its first word.
        unsafe { *head.get() = first.cast::<*mut u8>().read() };
        first
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        match self.list(layout) {
            // SAFETY: `ptr` is a block of this class (allocated with a layout of the class, by
            // the contract of `dealloc`), no longer in use: its first word links the list.
            Some(head) => unsafe {
                ptr.cast::<*mut u8>().write(*head.get());
                *head.get() = ptr;
            },
            // SAFETY: a block `inner` allocated with this layout.
            None => unsafe { self.inner.dealloc(ptr, layout) },
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: by the contract of `realloc`, `new_size` rounded up to the alignment fits.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (self.list(layout), self.list(new_layout)) {
            // SAFETY: a block `inner` allocated, resized by it.
            (None, None) => unsafe { self.inner.realloc(ptr, layout, new_size) },
            // The block already has the class's size.
            (Some(old), Some(new)) if ptr::eq(old, new) => ptr,
            _ => {
                // SAFETY: a non-zero size (the contract of `realloc`).
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    // SAFETY: two live, distinct blocks, each at least as long as the copy.
                    unsafe {
                        ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                        self.dealloc(ptr, layout);
                    }
                }
                moved
            }
        }
    }
}

#[cfg(test)]
mod tests;
