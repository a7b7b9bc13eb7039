-- Text.XHtml.BlockTable (xhtml-3000.2.2.1), clean-room: tables built from
-- 1x1 cells placed beside and above each other. A table is a function of
-- how much its last column and row must stretch (extra columns, extra
-- rows) that adds its rows to the rows after it, with its width and
-- height; each cell carries the (columns, rows) it spans.
module Text.XHtml.BlockTable
  ( BlockTable (..), TableI, single, above, beside, getMatrix, showsTable, showTable
  ) where

infixr 4 `beside`
infixr 3 `above`

type TableI a = [[(a, (Int, Int))]] -> [[(a, (Int, Int))]]

data BlockTable a = Table (Int -> Int -> TableI a) Int Int

instance Show a => Show (BlockTable a) where
  showsPrec _ = showsTable

single :: a -> BlockTable a
single a = Table (\x y rest -> [(a, (x + 1, y + 1))] : rest) 1 1

-- Side by side: the shorter table's bottom row stretches down to the
-- taller one's height; the right table takes the width stretch.
beside :: BlockTable a -> BlockTable a -> BlockTable a
beside t1 t2 = combine t1 t2 besideRows

besideRows :: TableI a -> TableI a -> TableI a
besideRows left right rest = zipRows (left []) (right [])
  where
    zipRows [] [] = rest
    zipRows [] (y : ys) = y : ys ++ rest
    zipRows (x : xs) [] = x : xs ++ rest
    zipRows (x : xs) (y : ys) = (x ++ y) : zipRows xs ys

combine
  :: BlockTable a -> BlockTable b -> (TableI a -> TableI b -> TableI c)
  -> BlockTable c
combine (Table t1 w1 h1) (Table t2 w2 h2) join = Table new (w1 + w2) (max h1 h2)
  where
    new x y = case compare h1 h2 of
      LT -> join (t1 0 (y + h2 - h1)) (t2 x y)
      EQ -> join (t1 0 y) (t2 x y)
      GT -> join (t1 0 y) (t2 x (y + h1 - h2))

-- Above: beside on the transposed tables, transposed back.
above :: BlockTable a -> BlockTable a -> BlockTable a
above t1 t2 = trans (combine (trans t1) (trans t2) (.))

trans :: BlockTable a -> BlockTable a
trans (Table f w h) = Table (flip f) h w

getMatrix :: BlockTable a -> [[(a, (Int, Int))]]
getMatrix (Table r _ _) = r 0 0 []

showsTable :: Show a => BlockTable a -> ShowS
showsTable table = shows (getMatrix table)

showTable :: Show a => BlockTable a -> String
showTable table = showsTable table ""
