{-# LANGUAGE CPP #-}
-- Rows of a small table kept as tuples of every width GHC gives instances
-- for (unit and 2 to 15): sorted, deduplicated, printed and parsed back
-- through one routine that takes the tuple type's Eq, Ord, Show and Read
-- methods as a record, so -O1 code names each width's method closures.
import Data.List (sortBy, nubBy, maximumBy, minimumBy)

data TOps t = TOps
  { width :: Int
  , mk :: Int -> t
  , tEq, tNe, tLt, tLe, tGt, tGe :: t -> t -> Bool
  , tCmp :: t -> t -> Ordering
  , tMax, tMin :: t -> t -> t
  , tShow :: t -> String
  , tShowsPrec :: Int -> t -> ShowS
  , tShowList :: [t] -> ShowS
  , tReads :: Int -> ReadS t
  , tReadList :: ReadS [t]
  }

#define TOPS(W, T, MK) TOps { width = W, mk = MK, tEq = (==), tNe = (/=), tLt = (<), tLe = (<=), tGt = (>), tGe = (>=), tCmp = compare, tMax = max, tMin = min, tShow = show, tShowsPrec = showsPrec, tShowList = showList, tReads = readsPrec, tReadList = readList } :: TOps (T)

{-# NOINLINE table #-}
table :: TOps t -> IO ()
table o = do
  let rows = map (mk o) [7, 3, 9, 3, 1, 12]
      sorted = sortBy (tCmp o) rows
      uniq = nubBy (tEq o) sorted
  putStrLn ("width " ++ show (width o) ++ ": " ++ tShowList o uniq "")
  putStrLn ("  max " ++ tShow o (maximumBy (tCmp o) rows) ++ " min " ++ tShowsPrec o 11 (minimumBy (tCmp o) rows) "")
  print [f a b | f <- [tEq o, tNe o, tLt o, tLe o, tGt o, tGe o], a <- take 2 rows, b <- take 3 rows]
  putStrLn ("  " ++ unwords [tShow o (tMax o a b) ++ "/" ++ tShow o (tMin o a b) | (a, b) <- zip rows (tail rows)])
  let text = tShow o (head rows)
      back = [tShow o r ++ "|" ++ rest | (r, rest) <- tReads o 0 (text ++ " trailing")]
      paren = [tShow o r | (r, _) <- tReads o 11 ("  (" ++ text ++ ") ")]
      many = [tShowList o rs "" | (rs, "") <- tReadList o (tShowList o (take 3 rows) "")]
  print (back, paren, many)

main :: IO ()
main = do
  table (TOPS(0, (), \_ -> ()))
  table (TOPS(2, (Int,Int), \n -> (n, (n * 2) `mod` 4)))
  table (TOPS(3, (Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5)))
  table (TOPS(4, (Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6)))
  table (TOPS(5, (Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7)))
  table (TOPS(6, (Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8)))
  table (TOPS(7, (Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9)))
  table (TOPS(8, (Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10)))
  table (TOPS(9, (Int,Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10, (n * 9) `mod` 11)))
  table (TOPS(10, (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10, (n * 9) `mod` 11, (n * 10) `mod` 12)))
  table (TOPS(11, (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10, (n * 9) `mod` 11, (n * 10) `mod` 12, (n * 11) `mod` 13)))
  table (TOPS(12, (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10, (n * 9) `mod` 11, (n * 10) `mod` 12, (n * 11) `mod` 13, (n * 12) `mod` 14)))
  table (TOPS(13, (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10, (n * 9) `mod` 11, (n * 10) `mod` 12, (n * 11) `mod` 13, (n * 12) `mod` 14, (n * 13) `mod` 15)))
  table (TOPS(14, (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10, (n * 9) `mod` 11, (n * 10) `mod` 12, (n * 11) `mod` 13, (n * 12) `mod` 14, (n * 13) `mod` 15, (n * 14) `mod` 16)))
  table (TOPS(15, (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int), \n -> (n, (n * 2) `mod` 4, (n * 3) `mod` 5, (n * 4) `mod` 6, (n * 5) `mod` 7, (n * 6) `mod` 8, (n * 7) `mod` 9, (n * 8) `mod` 10, (n * 9) `mod` 11, (n * 10) `mod` 12, (n * 11) `mod` 13, (n * 12) `mod` 14, (n * 13) `mod` 15, (n * 14) `mod` 16, (n * 15) `mod` 17)))
