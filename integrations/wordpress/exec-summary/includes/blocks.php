<?php
/**
 * The "Executive summary" block (exec-summary/card, declared in blocks/card/block.json).
 *
 * The block saves the static card that `exec-summary render --embed-data` prints (rendered in the
 * editor by the card's own wasm), so readers, feed readers and search engines get the card's
 * text with no JavaScript, and the loader upgrades it in place without the wasm. What WordPress
 * would otherwise do to that markup is handled here:
 * - kses, for users without unfiltered_html, strips the card's `part` and `aria-controls`
 *   attributes: they are allowed (includes/kses.php);
 * - kses strips the `<script type="application/json">` holding the document: the block keeps the
 *   document in its `document` attribute instead, and the script is written here when the block
 *   renders, with wp_json_encode;
 * - the content filters after do_blocks (wptexturize, convert_smilies, do_shortcode, and again
 *   over a block theme's whole template) would rewrite the card's text: see
 *   exec_summary_protect_card_text().
 *
 * @package ExecSummary
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block's name.
 */
const EXEC_SUMMARY_BLOCK = 'exec-summary/card';

/**
 * The element the block saves its card in (block-editor/save.js): a name of its own, so that
 * wptexturize can be told to leave the card's text alone (exec_summary_no_texturize()).
 */
const EXEC_SUMMARY_BLOCK_WRAPPER = 'exec-summary-block';

/**
 * The editor script's handle (blocks/card/index.js, built from integrations/wordpress/block-editor/).
 */
const EXEC_SUMMARY_EDITOR_HANDLE = 'exec-summary-card-editor';

/**
 * The handle of the loader in the block editor, where it renders the block's previews.
 */
const EXEC_SUMMARY_EDITOR_LOADER_HANDLE = 'exec-summary-editor-loader';

/**
 * Registers the block, its editor script and its editor style.
 */
function exec_summary_register_blocks() {
	$assets  = plugins_url( 'assets/', EXEC_SUMMARY_FILE );
	$version = EXEC_SUMMARY_VERSION . '-' . (string) filemtime( EXEC_SUMMARY_DIR . 'blocks/card/index.js' );

	// The loader, from the plugin's own copy (never the CDN: the editor needs this version's card),
	// told not to watch the editor's document: the block renders its previews itself.
	wp_register_script( EXEC_SUMMARY_EDITOR_LOADER_HANDLE, $assets . 'exec-summary.js', array(), EXEC_SUMMARY_VERSION, true );
	wp_add_inline_script(
		EXEC_SUMMARY_EDITOR_LOADER_HANDLE,
		'window.ExecSummaryConfig=Object.assign({},window.ExecSummaryConfig,' . exec_summary_json( array(
			'base'    => $assets,
			'observe' => false,
		) ) . ');',
		'before'
	);

	wp_register_script(
		EXEC_SUMMARY_EDITOR_HANDLE,
		plugins_url( 'blocks/card/index.js', EXEC_SUMMARY_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-element', 'wp-i18n', 'wp-shortcode', EXEC_SUMMARY_EDITOR_LOADER_HANDLE ),
		$version,
		true
	);
	wp_set_script_translations( EXEC_SUMMARY_EDITOR_HANDLE, 'exec-summary', EXEC_SUMMARY_DIR . 'languages' );
	wp_register_style( EXEC_SUMMARY_EDITOR_HANDLE, plugins_url( 'blocks/card/editor.css', EXEC_SUMMARY_FILE ), array(), $version );

	register_block_type( EXEC_SUMMARY_DIR . 'blocks/card' );
}
add_action( 'init', 'exec_summary_register_blocks' );

/**
 * What the editor script needs to know: where the plugin's files are, the post's language (the
 * language of the card's own words) and the site's card defaults. Printed before it in the
 * block editor only.
 */
function exec_summary_block_editor_config() {
	$config = array(
		'assets'    => plugins_url( 'assets/', EXEC_SUMMARY_FILE ),
		'authoring' => plugins_url( 'authoring/', EXEC_SUMMARY_FILE ),
		'version'   => EXEC_SUMMARY_VERSION,
		'lang'      => get_bloginfo( 'language' ),
		'home'      => home_url( '/' ),
		'defaults'  => array(
			'theme'         => exec_summary_get_setting( 'theme' ),
			'variant'       => exec_summary_get_setting( 'variant' ),
			'heading_level' => exec_summary_get_setting( 'heading_level' ),
		),
	);
	wp_add_inline_script( EXEC_SUMMARY_EDITOR_HANDLE, 'window.execSummaryBlockEditor=' . exec_summary_json( $config ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'exec_summary_block_editor_config' );

/**
 * JSON for a script element: wp_json_encode with every character that could end the script or
 * open markup escaped.
 *
 * @param mixed $value The value.
 * @return string JSON text ('null' if it cannot be encoded).
 */
function exec_summary_json( $value ) {
	$json = wp_json_encode( $value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	return false === $json ? 'null' : $json;
}

/**
 * The document of a block (its `document` attribute: JSON text) as the static marker's data
 * script, or '' when it holds no JSON object.
 *
 * The JSON is decoded and encoded again with exec_summary_json(), so nothing an author wrote
 * into the attribute can end the script; a `[` inside a string is written \u005b, so that
 * do_shortcode(), which runs over the whole post after the blocks, finds no shortcode in it.
 *
 * @param mixed $document The attribute's value.
 * @return string HTML.
 */
function exec_summary_data_script( $document ) {
	if ( ! is_string( $document ) || '' === $document ) {
		return '';
	}
	$decoded = json_decode( $document, false, 64 );
	if ( ! is_object( $decoded ) ) {
		return '';
	}
	$json = exec_summary_json( $decoded );
	// Only strings hold a `[` that is not JSON's own; with JSON_HEX_QUOT a string's quotes are
	// its delimiters, and a backslash escapes the one character after it.
	$out       = '';
	$in_string = false;
	$length    = strlen( $json );
	for ( $i = 0; $i < $length; $i++ ) {
		$c = $json[ $i ];
		if ( $in_string && '\\' === $c ) {
			$out .= $c . $json[ ++$i ];
			continue;
		}
		if ( '"' === $c ) {
			$in_string = ! $in_string;
		}
		$out .= $in_string && '[' === $c ? '\u005b' : $c;
	}
	return '<script type="application/json" class="exec-summary-data">' . $out . '</script>';
}

/**
 * The card's text as WordPress's content filters must leave it. The block's output goes through
 * the_content's filters after do_blocks, and a block theme runs wptexturize and convert_smilies
 * over its whole template again, so the text is protected in the markup itself: a `[` becomes
 * `&#91;` (no shortcode in the card's text is run), and the first character of what
 * convert_smilies would take for a smiley becomes its character reference (" :) " stays text).
 * wptexturize leaves the card alone because of its wrapper element (exec_summary_no_texturize()).
 *
 * @param string $html The block's card markup.
 * @return string The same card, its text protected.
 */
function exec_summary_protect_card_text( $html ) {
	global $wp_smiliessearch;
	$html = str_replace( '[', '&#91;', $html );
	if ( ! get_option( 'use_smilies' ) || empty( $wp_smiliessearch ) ) {
		return $html;
	}
	$parts = preg_split( '/(<[^>]*>)/', $html, -1, PREG_SPLIT_DELIM_CAPTURE );
	if ( ! is_array( $parts ) ) {
		return $html;
	}
	foreach ( $parts as $i => $part ) {
		if ( '' !== $part && '<' !== $part[0] ) {
			$parts[ $i ] = preg_replace_callback(
				$wp_smiliessearch,
				function ( $match ) {
					return '&#' . ord( $match[0][0] ) . ';' . substr( $match[0], 1 );
				},
				$part
			);
		}
	}
	return implode( '', $parts );
}

/**
 * A card block as readers get it: its saved static card, its text protected, with the data
 * script (not in feeds, whose readers drop scripts); the loader and the card's stylesheet are
 * enqueued for the page.
 *
 * @param string $content The block's saved HTML.
 * @param array  $block   The parsed block.
 * @return string HTML.
 */
function exec_summary_render_card_block( $content, $block ) {
	if ( '' === trim( $content ) ) {
		return '';
	}
	exec_summary_enqueue_loader();
	exec_summary_enqueue_card_style();
	$content = exec_summary_protect_card_text( $content );
	$script  = '';
	if ( ! is_feed() && isset( $block['attrs']['document'] ) ) {
		$script = exec_summary_data_script( $block['attrs']['document'] );
	}
	if ( '' === $script ) {
		return $content;
	}
	// The script is the static host's first child, where `render --embed-data` writes it.
	return preg_replace( '/<div class="exec-summary" data-es-static\b[^>]*>/', '$0' . str_replace( array( '\\', '$' ), array( '\\\\', '\\$' ), $script ), $content, 1 );
}
add_filter( 'render_block_' . EXEC_SUMMARY_BLOCK, 'exec_summary_render_card_block', 10, 2 );

/**
 * wptexturize leaves the text inside the block's wrapper as it is: no curly quotes, dashes,
 * ellipses or × in the card (whose text is the author's, typographic or not, and is the same as
 * the document's in the data script). WordPress reads this filter once, at its first
 * wptexturize call, hence added when the plugin loads.
 *
 * @param string[] $tags Elements whose text wptexturize skips.
 * @return string[]
 */
function exec_summary_no_texturize( $tags ) {
	$tags[] = EXEC_SUMMARY_BLOCK_WRAPPER;
	return $tags;
}
add_filter( 'no_texturize_tags', 'exec_summary_no_texturize' );
