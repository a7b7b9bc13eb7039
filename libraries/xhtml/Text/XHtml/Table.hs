{-# LANGUAGE UnboxedTuples #-}
-- Text.XHtml.Table (xhtml-3000.2.2.1), clean-room: Html tables from
-- cells placed beside (<->) and above (</>) each other, rendered as
-- tr/td rows with colspan and rowspan where a cell stretches.
module Text.XHtml.Table
  ( HtmlTable (..), HTMLTABLE (..), (</>), above, (<->), beside
  , aboves, besides, simpleTable
  , zz_aboves1, zz_besides1, zz_aboves2
  , zz_zdfHTMLHtmlTablezugo2, zz_zdfHTMLHtmlTablezugo4
  , zz_aboveszuzdszdwgo1, zz_simpleTablezuzdszdwgo
  , zz_besideszuzdszdwgo1, zz_simpleTablezuzdszdwgo1
  ) where

import Control.Exception (ErrorCall (..), throw)
import Text.XHtml.Internals
import Text.XHtml.Strict.Elements
import Text.XHtml.Strict.Attributes
import qualified Text.XHtml.BlockTable as BT

infixr 3 </>
infixr 4 <->

newtype HtmlTable = HtmlTable (BT.BlockTable (Int -> Int -> Html))

class HTMLTABLE ht where
  cell :: ht -> HtmlTable

instance HTMLTABLE HtmlTable where
  cell = id

-- A cell spanning x columns and y rows gets colspan/rowspan when above 1.
instance HTMLTABLE Html where
  cell h = HtmlTable (BT.single spanned)
    where
      spanned x y = h ! (spanAttr x colspan (spanAttr y rowspan []))
      spanAttr 1 _ rest = rest
      spanAttr n attr rest = attr n : rest

instance HTML HtmlTable where
  toHtml (HtmlTable tab) = renderTable tab

instance Show HtmlTable where
  showsPrec _ t = shows (toHtml t)

renderTable :: BT.BlockTable (Int -> Int -> Html) -> Html
renderTable theTable =
  Html (zz_zdfHTMLHtmlTablezugo4 (zz_zdfHTMLHtmlTablezugo2 (BT.getMatrix theTable)))

-- The package's -O1 internals: the rows of cells, their elements joined.
zz_zdfHTMLHtmlTablezugo2 :: [[(Int -> Int -> Html, (Int, Int))]] -> [Html]
zz_zdfHTMLHtmlTablezugo2 rows = [tr << [theCell x y | (theCell, (x, y)) <- row] | row <- rows]

zz_zdfHTMLHtmlTablezugo4 :: [Html] -> [HtmlElement]
zz_zdfHTMLHtmlTablezugo4 = concatMap getHtmlElements

above, (</>), beside, (<->) :: (HTMLTABLE ht1, HTMLTABLE ht2) => ht1 -> ht2 -> HtmlTable
above a b = combineWith BT.above (cell a) (cell b)
(</>) = above
beside a b = combineWith BT.beside (cell a) (cell b)
(<->) = beside

combineWith
  :: (BT.BlockTable (Int -> Int -> Html) -> BT.BlockTable (Int -> Int -> Html) -> BT.BlockTable (Int -> Int -> Html))
  -> HtmlTable -> HtmlTable -> HtmlTable
combineWith fn (HtmlTable a) (HtmlTable b) = HtmlTable (a `fn` b)

aboves, besides :: HTMLTABLE ht => [ht] -> HtmlTable
aboves [] = zz_aboves1
aboves xs = foldr1 (</>) (map cell xs)
besides [] = zz_besides1
besides xs = foldr1 (<->) (map cell xs)

-- aboves'/besides' loops on a list of one table or more, as the table's
-- fields (GHC's specialisations for a non-empty list, which -O1 code
-- calls: aboves_$s$wgo1 and simpleTable_$s$wgo, besides_$s$wgo1 and
-- simpleTable_$s$wgo1).
zz_aboveszuzdszdwgo1, zz_simpleTablezuzdszdwgo, zz_besideszuzdszdwgo1, zz_simpleTablezuzdszdwgo1
  :: HtmlTable -> [HtmlTable] -> (# Int -> Int -> BT.TableI (Int -> Int -> Html), Int, Int #)
zz_aboveszuzdszdwgo1 x xs = fields (foldr1 (</>) (x : xs))
zz_simpleTablezuzdszdwgo x xs = fields (foldr1 (</>) (x : xs))
zz_besideszuzdszdwgo1 x xs = fields (foldr1 (<->) (x : xs))
zz_simpleTablezuzdszdwgo1 x xs = fields (foldr1 (<->) (x : xs))

fields :: HtmlTable -> (# Int -> Int -> BT.TableI (Int -> Int -> Html), Int, Int #)
fields (HtmlTable (BT.Table f w h)) = (# f, w, h #)

-- The package's loop on no tables, which its aboves and besides never
-- reach (they answer their own errors first).
zz_aboves2 :: HtmlTable
zz_aboves2 = error "Text.XHtml.Table: aboves or besides of no tables"

-- No cells: the package's errors (its text and call stack).
zz_aboves1, zz_besides1 :: HtmlTable
zz_aboves1 = packageError "aboves []" "76:14"
zz_besides1 = packageError "besides []" "80:14"

packageError :: String -> String -> a
packageError msg at =
  throw
    ( ErrorCallWithLocation
        msg
        ( "CallStack (from HasCallStack):\n  error, called at libraries/xhtml/Text/XHtml/Table.hs:"
            ++ at ++ " in xhtml-3000.2.2.1:Text.XHtml.Table"
        )
    )

simpleTable :: [HtmlAttr] -> [HtmlAttr] -> [[Html]] -> Html
simpleTable attr cellAttr rows =
  table ! attr << aboves [besides [(td ! cellAttr) h | h <- row] | row <- rows]
