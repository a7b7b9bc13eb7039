-- Data.Maybe, Data.Either, Data.Tuple, Data.Function, Data.Ord and the
-- function combinators of GHC.Base.
import Data.Maybe
import Data.Either
import Data.Tuple
import Data.Function
import Data.Ord

main :: IO ()
main = do
  print (maybe 0 (+ 1) (Just (5 :: Int)), maybe 0 (+ 1) Nothing, fromMaybe 'd' Nothing, fromMaybe 'd' (Just 'j'), fromJust (Just 'f'))
  print (catMaybes [Just 1, Nothing, Just (3 :: Int)], mapMaybe (\x -> if x > 1 then Just (x * 2) else Nothing) [1, 2, 3 :: Int])
  print (isJust (Just ()), isJust (Nothing :: Maybe ()), isNothing (Nothing :: Maybe ()), listToMaybe [7, 8 :: Int], listToMaybe "")
  print (maybeToList (Just 'm'), maybeToList (Nothing :: Maybe Char))
  let es = [Left 'a', Right (1 :: Int), Left 'b', Right 2]
  print (either show (map succ) (Left 3 :: Either Int String), either show (map succ) (Right "ab" :: Either Int String), lefts es, rights es, partitionEithers es)
  print (isLeft (head es), isRight (head es), fromLeft 'z' (Right 1 :: Either Char Int), fromRight 0 (Right 9 :: Either Char Int), es)
  print (Left 3 < (Right 'a' :: Either Int Char), compare (Right 2) (Right 1 :: Either () Int), Left 'x' == (Left 'x' :: Either Char ()), Just (Left (-2)) :: Maybe (Either Int ()))
  print (fst (1 :: Int, 'a'), snd (1 :: Int, 'a'), swap ('p', True), curry fst 'c' (), uncurry (+) (3, 4 :: Int))
  print (id 'i', const 1 'x' :: Int, (negate . (* 2)) 5 :: Int, flip (-) 1 10 :: Int, negate $ 3 + 4 :: Int)
  print ((+ 1) $! (2 :: Int), 5 & (* 3) :: Int)
  print (((==) `on` (`mod` 10)) 13 (23 :: Int), take 5 (fix (\rec n -> n : rec (n + 1)) (0 :: Int)), until (> 1000) (* 2) (1 :: Int), asTypeOf 'a' 'b')
  print (comparing snd (1 :: Int, 'b') (0, 'a'), map fst (sortWith' [(3 :: Int, 'c'), (1, 'a'), (2, 'b')]), seq (Just undefined :: Maybe Int) "ok", otherwise)
  where sortWith' = foldr ins []
        ins x [] = [x]
        ins x (y : ys) = if comparing fst x y /= GT then x : y : ys else y : ins x ys
