import Control.Applicative
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Functor.Constant
import Data.Functor.Reverse
import Data.Functor.Identity
import Control.Monad.Trans.State
import Data.Foldable (toList)
import Data.Bifunctor (first, second)

tick :: String -> State [String] Int
tick s = state (\l -> (length l, s : l))

validate :: Int -> Errors [String] Int
validate n
  | n < 0 = failure ["negative " ++ show n]
  | n > 100 = failure ["too big " ++ show n]
  | otherwise = pure n

main :: IO ()
main = do
  print (runState ((,) <$> tick "a" <*> tick "b") [])
  print (runState (forwards ((,) <$> Backwards (tick "a") <*> Backwards (tick "b"))) [])
  print (runState (forwards (traverse (Backwards . tick) ["x", "y", "z"])) [])
  print (Backwards [1, 2, 3], forwards (Backwards "abc"), sum (Backwards [1, 2, 3]))
  print (forwards (Backwards [(+ 1), (* 2)] <*> Backwards [10, 20]))
  print (Backwards (Just 1) == Backwards (Just 1), compare (Backwards [1]) (Backwards [2]))
  print (runErrors (traverse validate [1, 2, 3]))
  print (runErrors (traverse validate [1, -2, 300, 4]))
  print (runErrors ((,) <$> validate 5 <*> eitherToErrors (Left ["from either"] :: Either [String] Bool)))
  print (Pure 3 :: Lift Maybe Int, Other (Just 4) :: Lift Maybe Int, Pure 'x' == (Pure 'x' :: Lift [] Char))
  print (unLift (Pure 5 :: Lift [] Int), unLift (Other [1, 2]), mapLift reverse (Other "abc"), mapLift reverse (Pure 'q'))
  print (elimLift fromEnum length (Other "four" :: Lift [] Char), elimLift fromEnum length (Pure 'c' :: Lift [] Char))
  print (Pure (+ 1) <*> Other (Just 2), (Other Nothing <|> Pure 1) :: Lift Maybe Int, compare (Pure 1) (Other [1]))
  print (sum (Other [1, 2, 3]), toList (Pure 'z' :: Lift [] Char), fmap (* 2) (Other [1, 2]))
  print (Constant "hello" :: Constant String Int, getConstant (Constant 5 :: Constant Int Bool))
  print (Constant [1] <*> Constant [2, 3] :: Constant [Int] (), pure 'x' :: Constant String Char)
  print (fmap (+ 1) (Constant 'c' :: Constant Char Int), length (Constant 'c' :: Constant Char Int), null (Constant () :: Constant () Int))
  print (Constant 1 == (Constant 1 :: Constant Int ()), Constant "a" < (Constant "b" :: Constant String ()), Constant [1] <> Constant [2 :: Int] :: Constant [Int] ())
  print (first (+ 1) (Constant 1 :: Constant Int Char), second (+ 1) (Constant 'k' :: Constant Char Int))
  print (traverse (\x -> Just (x + 1)) (Constant 'q' :: Constant Char Int))
  print (Reverse [1, 2, 3], toList (Reverse [1, 2, 3]), foldr (:) [] (Reverse "abc"), foldl (flip (:)) [] (Reverse "abc"))
  print (getReverse (Reverse [1, 2] >>= \x -> Reverse [x, x * 10]), sum (Reverse [1 .. 10]))
  print (runState (fmap getReverse (traverse tick (Reverse ["p", "q", "r"]))) [])
  print (foldr1 (-) (Reverse [1, 2, 3]), foldl1 (-) (Reverse [1, 2, 3]), Reverse (Just 'a') == Reverse (Just 'a'))
  print (getReverse (Reverse [1, 2] <|> empty <|> Reverse [3]), length (Reverse "four"))
