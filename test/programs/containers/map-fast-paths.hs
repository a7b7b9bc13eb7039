-- Data.Map's one-step paths at String, Int and Char keys (mapFind#/mapPut#,
-- src/ministg/primops/map-fast.ts): lazily built keys, bottoms inside keys
-- past and at the point where compare decides, infinite keys, Unicode, a
-- user Ord (the library's own recursion), the tree shapes rotations give,
-- and the lazy and strict maps' forcing of values.
import Control.Exception (ErrorCall (..), SomeException, evaluate, try)
import Data.Char (toUpper)
import Data.List (foldl')
import qualified Data.Map as ML
import qualified Data.Map.Internal.Debug as D
import qualified Data.Map.Strict as M

newtype Rev = Rev String deriving (Eq, Show)

instance Ord Rev where
  compare (Rev a) (Rev b) = compare b a

attempt :: String -> IO () -> IO ()
attempt what act = do
  r <- try act
  case r of
    Left e -> putStrLn (what ++ ": error " ++ takeWhile (/= '\n') (show (e :: SomeException)))
    Right () -> return ()

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

main :: IO ()
main = do
  -- Keys built lazily (each cell a thunk when the map first compares it).
  let text = unwords [replicate (1 + i `mod` 4) (toEnum (97 + i `mod` 5)) | i <- [1 .. 400 :: Int]]
      freq = M.fromListWith (+) [(w, 1 :: Int) | w <- words (map toUpper text)]
  print (M.toList freq)
  print (M.lookup "AAA" freq, M.lookup "AAAAA" freq, M.member "" freq, M.findWithDefault 0 "DD" freq)
  putStrLn (D.showTree (M.fromList [(show i, i) | i <- [1 .. 12 :: Int]]))
  print (M.valid freq)
  -- Unicode keys, the empty key, prefixes.
  let u = foldl' (\m (k, v) -> M.insert k v m) M.empty [("\955x", 1), ("", 2), ("\955", 3), ("\128512!", 4), ("a", 5), ("\955x", 6 :: Int)]
  print (M.toList u)
  -- A bottom past the point where compare decides is not forced.
  let m3 = M.fromList [("b", 1), ("c", 2), ("d", 3 :: Int)]
  print (M.lookup ('a' : undefined) m3, M.member ('e' : error "past") m3)
  print (M.size (M.insert ('a' : undefined) 0 m3))
  print (M.keys (ML.insert ('z' : 'z' : undefined) 9 m3) !! 0)
  -- ... and one at it is, with the same error as the library's walk.
  attempt "lookup at a bottom" (print (M.lookup ('b' : error "at the bottom") m3))
  attempt "insert at a bottom" (print (M.size (M.insert ['c', error "second char"] 0 m3)))
  attempt "bottom key" (print (M.size (M.insert undefined 0 m3)))
  -- Infinite keys against finite ones.
  let inf = M.fromList [("abab", 1), ("ab", 2), ("b", 3 :: Int)]
  print (M.lookup (cycle "ab") inf, M.lookup (repeat 'a') inf, M.size (M.insert (cycle "ba") 4 inf))
  -- Values: lazy insertWith keeps f's result unevaluated; strict forces it.
  print (M.size (ML.insertWith (\_ _ -> undefined) "b" 0 m3))
  attempt "strict insertWith" (print (M.size (M.insertWith (\_ _ -> error "combined") "b" 0 m3)))
  print (M.toList (M.insertWith (\_ old -> old * 10) "c" (error "unused") m3))
  attempt "strict insert" (print (M.size (M.insert "b" (error "new value") m3)))
  print (M.size (ML.insert "q" undefined m3))
  attempt "strict insertWith new" (print (M.size (M.insertWith (+) "q" (error "absent") m3)))
  -- Int and Char keys, extremes included; many insertions (rotations).
  let ints = foldl' (\m (i, x) -> M.insertWith (+) x i m) M.empty (zip [1 ..] (take 3000 (map (`mod` 500) (iterate lcg 7))))
  print (M.size ints, M.foldr (+) 0 ints, M.valid ints, M.lookup 42 ints, M.lookupMin ints)
  let ext = M.fromList [(maxBound, 'x'), (minBound, 'n'), (0 :: Int, 'z')]
  print (M.lookup minBound ext, M.lookup maxBound ext, M.toList (M.insert (-1) 'm' ext))
  let chars = foldl' (\m c -> ML.insertWith (++) c [c] m) ML.empty "mississippi \955\955\1234"
  print (ML.toList chars, ML.findWithDefault "-" 's' chars)
  putStrLn (D.showTree (foldl' (\m k -> M.insert k () m) M.empty [1 .. 20 :: Int]))
  putStrLn (D.showTree (foldl' (\m k -> M.insert k () m) M.empty (map show [30, 29 .. 1 :: Int])))
  -- A user's Ord: the library's recursion.
  let rev = M.fromListWith (++) [(Rev w, [i]) | (i, w) <- zip [1 :: Int ..] (words "b a c a b")]
  print (M.toList rev, M.lookup (Rev "c") rev)
