-- -O1 code of Control.Applicative (some/many on Maybe and ZipList,
-- WrappedMonad/WrappedArrow, <* and *>), Control.Arrow on Kleisli and
-- functions (***, &&&, +++, |||, first, second, left, right, loop,
-- ArrowApply), Data.Traversable's mapAccumL/R (StateL/StateR), lazy ST
-- and Data.Version's parsing and showing.
import Control.Applicative
import Control.Arrow
import Control.Monad.ST.Lazy
import Data.STRef.Lazy
import Data.Traversable (mapAccumL, mapAccumR)
import Data.Foldable (asum)
import Data.Version
import Text.ParserCombinators.ReadP (readP_to_S)
import qualified Data.Map as Map
import Data.Functor.Compose

{-# NOINLINE twice #-}
twice :: Arrow a => a b c -> a (b, b) (c, c)
twice f = f *** f

{-# NOINLINE kl #-}
kl :: (Int -> [Int]) -> Kleisli [] Int Int
kl = Kleisli

countdown :: Int -> Maybe Int
countdown n = if n > 0 then Just n else Nothing

lazySum :: [Int] -> Int
lazySum xs = runST $ do
  r <- newSTRef 0
  mapM_ (\x -> modifySTRef r (+ x)) xs
  readSTRef r

lazyNaturals :: [Int]
lazyNaturals = runST $ do
  r <- newSTRef 0
  let loop = do
        n <- readSTRef r
        writeSTRef r (n + 1)
        rest <- loop
        return (n : rest)
  loop

main :: IO ()
main = do
  -- some / many
  print (many Nothing :: Maybe [Int])
  print (some (Nothing :: Maybe Int))
  print (take 3 (getZipList (many (ZipList ([] :: [Int])))))
  print (getZipList (ZipList [1, 2, 3 :: Int] <* ZipList "ab"))
  print (getZipList (ZipList [1, 2, 3 :: Int] *> ZipList "abcd"))
  print (getZipList (liftA2 (+) (ZipList [1, 2, 3]) (ZipList [10, 20 :: Int])))
  print (getZipList (empty <|> ZipList [4, 5 :: Int]))
  print (take 4 (getZipList (pure 'z')))
  print (unwrapMonad (WrapMonad (Just 3) <* WrapMonad (Just 'x')) :: Maybe Int)
  print (unwrapMonad (WrapMonad [1, 2] *> WrapMonad "ab"))
  print (unwrapMonad (some (WrapMonad (Nothing :: Maybe Int))))
  print (unwrapArrow (WrapArrow (+) <*> WrapArrow (* 2)) (5 :: Int) :: Int)
  print (fmap length (optional (countdown 3)), optional (countdown 0))
  print (Just [1, 2 :: Int] <**> Just reverse)
  print (asum [Nothing, Just 'a', Just 'b'])
  -- arrows
  print (twice (+ 1) (3, 4 :: Int))
  print (runKleisli (twice (kl (\x -> [x, x * 10]))) (1, 2))
  print (runKleisli (kl (\x -> [x, x + 1]) &&& kl (\x -> [x * 2])) 5)
  print (runKleisli (first (kl (\x -> [x, -x]))) (3, 'c'))
  print (runKleisli (second (kl (\x -> [x + 100]))) ('s', 7))
  print (runKleisli (left (kl (\x -> [x, x]))) (Left 4 :: Either Int Char))
  print (runKleisli (right (kl (\x -> [x]))) (Left 'l' :: Either Char Int))
  print (runKleisli (kl (\x -> [x + 1]) +++ kl (\x -> [x * 3])) (Right 6))
  print (runKleisli (kl (\x -> [x]) ||| kl (\x -> [x - 1])) (Left 9))
  print (runKleisli (arr (+ 1) >>> kl (\x -> [x, x]) <<< arr (* 2)) 10)
  print (runKleisli app (kl (\x -> [x, x + 1]), 3))
  print (((+ 1) +++ length) (Right "four" :: Either Int String))
  print ((show ||| reverse) (Right "abc" :: Either Int String))
  print (((* 2) &&& (+ 3)) 7, first negate (1 :: Int, 'x'), second (* 2) ('y', 4 :: Int))
  print (loop (\(x, acc) -> (take 5 acc, x : acc)) (1 :: Int))
  print (runKleisli (loop (Kleisli (\(x, d) -> Just (x + length (d :: [Int]), [x])))) 4)
  print (leftApp (arr (+ 1)) (Left 2 :: Either Int Char))
  -- mapAccumL / mapAccumR
  print (mapAccumL (\a x -> (a + x, a * x)) 0 [1 .. 6 :: Int])
  print (mapAccumR (\a x -> (a + x, a * x)) 0 [1 .. 6 :: Int])
  print (mapAccumL (\a x -> (a ++ x, length a)) "" (Just "ab"))
  print (mapAccumR (\a k -> (a + k, show a)) 0 (Map.fromList [(1 :: Int, 10 :: Int), (2, 20), (3, 30)]))
  print (mapAccumL (\a x -> (a + 1, (a, x))) (0 :: Int) (Compose [Just 'a', Nothing, Just 'b']))
  print (traverse (\x -> if x > 0 then Right x else Left x) [3, 2, 1 :: Int])
  -- lazy ST
  print (lazySum [1 .. 100])
  print (take 5 lazyNaturals)
  print (runST (fmap (* 2) (strictToLazyST (return 21))) :: Int)
  print (runST (liftA2 (,) (return 'a') (return True)))
  print (runST ((,) <$> pure 1 <*> pure (2 :: Int)) :: (Int, Int))
  print (runST (return 3 *> return 'q' <* return ()))
  -- Data.Version
  let v = makeVersion [1, 2, 3]
  putStrLn (showVersion v)
  putStrLn (showVersion (Version [2, 0] ["beta", "x"]))
  print v
  print [(showVersion w, rest) | (w, rest) <- readP_to_S parseVersion "1.22.333-tag1-tag2 rest"]
  print (map fst (readP_to_S parseVersion "4.5"))
  print (read "Version {versionBranch = [3,1], versionTags = []}" :: Version)
  print (compare (makeVersion [1, 2]) (makeVersion [1, 10]), makeVersion [1] == makeVersion [1, 0])
