<?php
/**
 * Blocks. Phase 2 adds the "Executive summary" block (exec-summary/card) in blocks/card/, with
 * its block.json; it is registered from there when present, and every rendered instance asks
 * for the loader through the same function as the shortcode.
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers every block whose block.json is in blocks/<name>/.
 */
function exec_summary_register_blocks() {
	$found = glob( EXEC_SUMMARY_DIR . 'blocks/*/block.json' );
	foreach ( is_array( $found ) ? $found : array() as $metadata ) {
		register_block_type( dirname( $metadata ) );
	}
}
add_action( 'init', 'exec_summary_register_blocks' );

/**
 * A card block on the page needs the loader (a static card is upgraded in place by it).
 *
 * @param string $content The block's HTML.
 * @return string The same HTML.
 */
function exec_summary_render_card_block( $content ) {
	exec_summary_enqueue_loader();
	return $content;
}
add_filter( 'render_block_exec-summary/card', 'exec_summary_render_card_block' );
