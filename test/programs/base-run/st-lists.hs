-- ST algorithms and Data.List as programs combine them: STRef counters,
-- an STArray sieve and in-place sort, lazy ST streams, fixST; Data.List's
-- By/On variants, set operations, splits and zips; Ord on tuples,
-- Maybe/Either/lists, Ordering and Down via comparing.
import Control.Monad
import Control.Monad.ST
import qualified Control.Monad.ST.Lazy as L
import Data.Array.ST
import Data.Array
import Data.Function (on)
import Data.List
import Data.Ord (comparing, Down (..))
import Data.STRef
import qualified Data.STRef.Lazy as LR

sieve :: Int -> [Int]
sieve n = [i | (i, True) <- assocs arr]
  where
    arr = runSTArray $ do
      a <- newArray (2, n) True
      forM_ [2 .. n] $ \i -> do
        p <- readArray a i
        when (p && i * i <= n) $ forM_ [i * i, i * i + i .. n] $ \j -> writeArray a j False
      return a

bubble :: [Int] -> [Int]
bubble xs = elems (runSTArray (do
  let n = length xs
  a <- newListArray (0, n - 1) xs
  forM_ [0 .. n - 2] $ \i -> forM_ [0 .. n - 2 - i] $ \j -> do
    x <- readArray a j
    y <- readArray a (j + 1)
    when (x > y) $ writeArray a j y >> writeArray a (j + 1) x
  return a))

fibST :: Int -> Integer
fibST n = runST $ do
  a <- newSTRef 0
  b <- newSTRef 1
  replicateM_ n $ do
    x <- readSTRef a
    y <- readSTRef b
    writeSTRef a y
    writeSTRef b $! x + y
  readSTRef a

lazyNats :: [Int]
lazyNats = L.runST $ do
  r <- LR.newSTRef 0
  let loop = do
        x <- LR.readSTRef r
        LR.writeSTRef r (x + 1)
        xs <- loop
        return (x : xs)
  loop

{-# NOINLINE cmpTable #-}
cmpTable :: Show a => String -> [(String, a -> a -> String)] -> [a] -> IO ()
cmpTable name fs xs = putStrLn (name ++ ": " ++ unwords [n ++ "=" ++ f a b | (n, f) <- fs, a <- xs, b <- xs])

ordOps :: Ord a => [(String, a -> a -> String)]
ordOps = [("c", \a b -> show (compare a b)), ("<", \a b -> show (a < b)), ("<=", \a b -> show (a <= b)), (">", \a b -> show (a > b)), (">=", \a b -> show (a >= b)), ("mx", \a b -> show (max a b == a)), ("mn", \a b -> show (min a b == a))]

main :: IO ()
main = do
  print (sieve 60, bubble [5, 2, 9, 1, 5, 6], fibST 90, take 5 lazyNats)
  print (runST (do r <- newSTRef (1 :: Int); modifySTRef r (* 10); modifySTRef' r (+ 1); readSTRef r))
  print (take 3 (L.runST (L.strictToLazyST (newSTRef 'a') >>= \r -> L.strictToLazyST (readSTRef r) >>= \c -> return (repeat c))))
  print (runST (L.lazyToStrictST (return 42 :: L.ST s Int)), runST (fixST (\xs -> return (1 : take 3 (map (* 2) xs)))) :: [Int])
  cmpTable "pairs" ordOps [(1, 'a'), (1, 'b'), (2 :: Int, 'a')]
  cmpTable "triples" ordOps [(1, 'a', True), (1, 'a', False), (0 :: Int, 'z', True)]
  cmpTable "4-tuples" ordOps [(1, 2, 3, 4 :: Int), (1, 2, 4, 0)]
  cmpTable "5-tuples" ordOps [(1, 2, 3, 4, 'x'), (1, 2, 3, 4 :: Int, 'a')]
  cmpTable "6-tuples" ordOps [(1, 2, 3, 4, 5, LT), (1, 2, 3, 4, 5 :: Int, GT)]
  cmpTable "7-tuples" ordOps [(1, 2, 3, 4, 5, 6, 'a'), (1, 2, 3, 4, 5, 6 :: Int, 'b')]
  cmpTable "Maybe" ordOps [Nothing, Just 1, Just (2 :: Int)]
  cmpTable "Either" ordOps [Left 'a', Right 1, Left 'b', Right (0 :: Int)]
  cmpTable "lists" ordOps [[], [1], [1, 2], [2 :: Int]]
  cmpTable "Ordering" ordOps [LT, EQ, GT]
  cmpTable "Bool" ordOps [False, True]
  cmpTable "unit" ordOps [()]
  cmpTable "Down" ordOps [Down 1, Down (2 :: Int)]
  cmpTable "Char" ordOps "az"
  cmpTable "Double" ordOps [1.5, -0.0, 0 :: Double]
  cmpTable "Integer" ordOps [2 ^ 70, -1, 0 :: Integer]
  let people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19 :: Int)]
  print (sortOn snd people, sortBy (comparing (Down . snd) <> comparing fst) people, sortOn Down [3, 1, 2 :: Int])
  print (insertBy (comparing snd) ("eve", 26) (sortOn snd people), insert 4 [1, 3, 5, 7 :: Int], deleteBy ((==) `on` snd) ("x", 31) people)
  print (maximumBy (comparing snd) people, minimumBy (comparing snd) people, groupBy ((==) `on` snd) (sortOn snd people), nubBy ((==) `on` snd) people)
  print (unionBy ((==) `on` (`mod` 3)) [1, 2] [3, 4, 5, 6 :: Int], intersectBy ((==) `on` (`div` 2)) [1, 2, 3] [4, 5 :: Int], [1, 2, 3, 4] \\ [2, 4 :: Int], union "abc" "bcd", intersect "abcd" "dbx")
  print (partition even [1 .. 10 :: Int], splitAt 3 "abcdef", span (< 3) [1 .. 6 :: Int], break (== ' ') "hello world", stripPrefix "foo" "foobar", isSubsequenceOf "ace" "abcde")
  print (group "aabccc", inits [1, 2, 3 :: Int], tails "abc", subsequences "abc", permutations [1, 2, 3 :: Int], transpose ["abc", "de", "f"])
  print (zip3 [1, 2 :: Int] "ab" [True, False], zipWith3 (\a b c -> a + b + c) [1, 2] [3, 4] [5, 6 :: Int], unzip3 [(1 :: Int, 'a', "x"), (2, 'b', "y")], lookup 2 [(1, "one"), (2 :: Int, "two")])
  print (foldl' (flip (:)) [] "abc", scanl (+) 0 [1, 2, 3 :: Int], scanr (+) 0 [1, 2, 3 :: Int], scanl1 max [3, 1, 4 :: Int], scanr1 (-) [10, 3, 2 :: Int], mapAccumL (\a x -> (a + x, a * x)) 0 [1, 2, 3 :: Int], mapAccumR (\a x -> (a + x, a * x)) 0 [1, 2, 3 :: Int])
  print (iterate (* 2) 1 !! 10 :: Int, unfoldr (\n -> if n > 60 then Nothing else Just (n, n * 2)) (1 :: Int), intercalate ", " ["a", "b"], intersperse '-' "abc", isInfixOf "ll" "hello", elemIndex 3 [1, 2, 3 :: Int], findIndices even [1, 2, 4 :: Int])
  print (genericLength "abcd" :: Integer, genericTake (2 :: Integer) "abc", genericDrop (1 :: Word) "abc", genericSplitAt (1 :: Integer) "ab", genericIndex "abc" (2 :: Integer), genericReplicate (3 :: Integer) 'x')
  print (dropWhileEnd (== ' ') "trim  ", lines "a\nb\n\nc", unlines ["x", "y"], words "  a  b c ", unwords ["p", "q"], zip [1 :: Int ..] "ab", lookup 'z' (zip "ab" [1 :: Int ..]), sortOn negate [3, 1, 2 :: Int], reverse [1, 2, 3 :: Int])
  print (and [], or [True, undefined], all even [2, 4 :: Int], any odd [2, 4 :: Int], concat [[1], [2, 3 :: Int]], concatMap show [1, 2, 3 :: Int], elem 3 [1, 2, 3 :: Int], replicate 3 'z', splitAt (-1) "ab", take 10 (cycle [1, 2 :: Int]))
