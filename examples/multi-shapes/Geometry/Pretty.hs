module Geometry.Pretty (render) where

import Geometry

render :: Shape -> String
render s@(Circle c r) = "circle at " ++ point c ++ " radius " ++ show r ++ suffix s
render s@(Rect a b) = "rect " ++ point a ++ "-" ++ point b ++ suffix s

point :: Point -> String
point (Point x y) = "(" ++ show x ++ "," ++ show y ++ ")"

suffix :: Shape -> String
suffix s = " [2A=" ++ show (area2 s) ++ "]"
