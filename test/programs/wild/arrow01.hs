import Control.Arrow
import Control.Applicative
import Data.Functor.Identity
import Data.Functor.Compose
import Data.Functor.Const
import qualified Data.Map as M
import Data.List (sortOn)

main :: IO ()
main = do
  print (map (first (+ 1)) [(1, 'a'), (2 :: Int, 'b')], second length (1 :: Int, "abc"))
  print (((+ 1) *** (* 2)) (3, 4 :: Int), (show &&& (* 2)) (5 :: Int), ((+ 1) >>> (* 2)) (3 :: Int), ((+ 1) <<< (* 2)) (3 :: Int))
  print (left (+ 1) (Left 3 :: Either Int Int), right show (Right 3 :: Either Int Int), (show ||| reverse) (Left 12 :: Either Int String))
  print (runKleisli (Kleisli (\x -> [x, x + 1]) >>> arr (* 10)) (1 :: Int))
  print (getZipList (liftA2 (+) (ZipList [1, 2, 3]) (ZipList [10, 20 :: Int])), liftA2 (,) [1, 2 :: Int] "ab")
  print ((+) <$> (* 2) <*> (+ 10) $ (3 :: Int), sequence [(+ 1), (* 2)] (5 :: Int), traverse (\x -> [x, -x]) [1, 2 :: Int])
  print (runIdentity (Identity 5 >>= \x -> pure (x * 2 :: Int)), getCompose (fmap (+ 1) (Compose [Just 1, Nothing, Just (3 :: Int)])))
  print (getConst (traverse (\x -> Const [x]) [1, 2, 3 :: Int]), fmap length (M.fromList [(1 :: Int, "ab")]))
  print (Just 1 <|> Nothing, Nothing <|> Just (2 :: Int), [1, 2] <|> [3 :: Int], empty :: Maybe Int)
  print (pure 3 :: [Int], (<*) (Just 1) (Just 'x'), Just 1 *> Just (2 :: Int), zipWith3 zip3 [[1 :: Int]] ["a"] [[True]])
  print (uncurry (+) (3, 4 :: Int), curry fst 'a' 'b', flip (-) 1 (10 :: Int), until (> 1000) (* 2) (1 :: Int))
  print (sortOn snd (M.toList (M.fromListWith (++) [(even k, [k]) | k <- [1 .. 6 :: Int]])))
  print (fmap (* 2) (Right 3 :: Either String Int), (<$) 'z' [1, 2 :: Int], concat <$> mapM (\x -> Just [x]) "abc")
